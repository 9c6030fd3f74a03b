// Go's net/http client as a program uses it: one http.Client per task, http.NewRequest with the
// method and a bytes.Reader body, SetBasicAuth when credentials are given. Tasks come as JSON on
// stdin, outcomes go as JSON to stdout.
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"runtime"
	"strings"
	"sync"
	"time"
)

const bodyPrefix = 2000

type task struct {
	Path      string `json:"path"`
	URL       string `json:"url"`
	Method    string `json:"method"`
	Body      int    `json:"body"`
	Times     int    `json:"times"`
	Kind      string `json:"kind"`
	TimeoutMs int    `json:"timeoutMs"`
}

type call struct {
	Status *int    `json:"status"`
	Error  *string `json:"error"`
	Body   string  `json:"body"`
}

type outcome struct {
	Path  string `json:"path"`
	Calls []call `json:"calls"`
}

func run(t task) outcome {
	client := &http.Client{Timeout: time.Duration(t.TimeoutMs) * time.Millisecond}
	out := outcome{Path: t.Path, Calls: []call{}}
	for i := 0; i < t.Times; i++ {
		var body io.Reader
		if t.Body > 0 {
			body = bytes.NewReader(bytes.Repeat([]byte("x"), t.Body))
		}
		req, err := http.NewRequest(t.Method, t.URL, body)
		if err == nil && t.Kind == "credentials" {
			req.SetBasicAuth("harness", "secret")
		}
		var resp *http.Response
		if err == nil {
			resp, err = client.Do(req)
		}
		if err != nil {
			text := "returns an error: " + err.Error()
			out.Calls = append(out.Calls, call{Error: &text})
			continue
		}
		data, _ := io.ReadAll(io.LimitReader(resp.Body, bodyPrefix))
		resp.Body.Close()
		status := resp.StatusCode
		out.Calls = append(out.Calls, call{Status: &status, Body: string(data)})
	}
	return out
}

func main() {
	if len(os.Args) > 1 && os.Args[1] == "--version" {
		fmt.Println(strings.TrimPrefix(runtime.Version(), "go"))
		return
	}
	var tasks []task
	if err := json.NewDecoder(os.Stdin).Decode(&tasks); err != nil {
		panic(err)
	}
	outcomes := make([]outcome, len(tasks))
	var wg sync.WaitGroup
	limit := make(chan struct{}, 16)
	for i, t := range tasks {
		wg.Add(1)
		go func(i int, t task) {
			defer wg.Done()
			limit <- struct{}{}
			outcomes[i] = run(t)
			<-limit
		}(i, t)
	}
	wg.Wait()
	json.NewEncoder(os.Stdout).Encode(outcomes)
}
