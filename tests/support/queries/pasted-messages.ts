// Lines pasted whole from logs, terminals, browser consoles and error pages, noise included.
// `right` is the HTTP status the client receives with that message, checked against the
// vendor's documentation or source; where a source logs one number and sends another, both.

export const PASTED_MESSAGES: [query: string, right: number[]][] = [
  // nginx error.log (status from ngx_http_upstream.c, ngx_http_request.c, limit_req/limit_conn defaults; 494 is logged, the client gets 400; 499 is logged when the client hangs up)
  [
    '2024/03/14 09:22:41 [error] 2817#2817: *194003 upstream timed out (110: Connection timed out) while reading response header from upstream, client: 203.0.113.45, server: api.ledgerly.io, request: "GET /v2/reports/annual?year=2023 HTTP/1.1", upstream: "http://10.0.3.17:8080/v2/reports/annual?year=2023", host: "api.ledgerly.io"',
    [504],
  ],
  [
    '2024/05/02 23:04:17 [error] 1192#1192: *88 connect() failed (111: Connection refused) while connecting to upstream, client: 198.51.100.23, server: shop.fernhill.co.uk, request: "POST /checkout HTTP/2.0", upstream: "http://127.0.0.1:3000/checkout", host: "shop.fernhill.co.uk", referrer: "https://shop.fernhill.co.uk/basket"',
    [502],
  ],
  [
    '2024/01/29 06:51:02 [error] 31#31: *51774 no live upstreams while connecting to upstream, client: 192.0.2.140, server: _, request: "GET /api/health HTTP/1.1", upstream: "http://app_pool/api/health", host: "status.orbitfleet.net"',
    [502],
  ],
  [
    '2023/11/08 14:33:59 [error] 4410#4410: *2290 upstream sent too big header while reading response header from upstream, client: 203.0.113.9, server: id.kestrelbank.com, request: "GET /oauth/callback?code=4/0AeaYSHB&state=xyz HTTP/1.1", upstream: "http://172.18.0.5:9000/oauth/callback?code=4/0AeaYSHB&state=xyz", host: "id.kestrelbank.com"',
    [502],
  ],
  [
    '2024/06/11 10:02:36 [error] 907#907: *3312 client intended to send too large body: 26843545 bytes, client: 198.51.100.201, server: media.paperloom.app, request: "POST /api/uploads HTTP/1.1", host: "media.paperloom.app", referrer: "https://paperloom.app/editor/88123"',
    [413],
  ],
  [
    '2024/02/20 18:45:10 [error] 2051#2051: *771203 limiting requests, excess: 20.440 by zone "perip", client: 45.83.64.12, server: api.tollgate.dev, request: "POST /v1/login HTTP/1.1", host: "api.tollgate.dev"',
    [503],
  ],
  [
    '2024/02/20 18:47:31 [error] 2051#2051: *772990 limiting connections by zone "addr", client: 45.83.64.12, server: dl.tollgate.dev, request: "GET /releases/tollgate-4.2.1.tar.gz HTTP/1.1", host: "dl.tollgate.dev"',
    [503],
  ],
  [
    '2024/04/03 08:17:44 [error] 12#12: *45 FastCGI sent in stderr: "Primary script unknown" while reading response header from upstream, client: 172.17.0.1, server: localhost, request: "GET /info.php HTTP/1.1", upstream: "fastcgi://php-fpm:9000", host: "localhost:8080"',
    [404],
  ],
  [
    '2024/07/19 12:00:05 [error] 658#658: *10231 directory index of "/srv/www/static/assets/" is forbidden, client: 203.0.113.77, server: static.brindle.io, request: "GET /assets/ HTTP/1.1", host: "static.brindle.io"',
    [403],
  ],
  [
    '2024/07/19 12:03:48 [error] 658#658: *10290 open() "/srv/www/static/apple-touch-icon-precomposed.png" failed (2: No such file or directory), client: 203.0.113.77, server: static.brindle.io, request: "GET /apple-touch-icon-precomposed.png HTTP/1.1", host: "static.brindle.io"',
    [404],
  ],
  [
    '2024/03/30 21:14:09 [info] 3320#3320: *90412 client sent too long header line: "Cookie: _ga=GA1.1.20931...", client: 198.51.100.66, server: portal.quayside.health, request: "GET /dashboard HTTP/1.1", host: "portal.quayside.health"',
    [400, 494],
  ],
  [
    '2024/05/27 09:41:55 [info] 1540#1540: *601877 epoll_wait() reported that client prematurely closed connection, so upstream connection is closed too while sending request to upstream, client: 192.0.2.33, server: api.gannet.ai, request: "POST /v1/completions HTTP/1.1", upstream: "http://10.8.0.4:8000/v1/completions", host: "api.gannet.ai"',
    [499],
  ],
  // Apache httpd 2.4 error_log with AH codes (statuses from mod_proxy_http, mod_authz_core, mod_autoindex, core, php-fpm)
  [
    '[Tue Mar 12 14:22:07.339512 2024] [proxy_http:error] [pid 28817:tid 139912337106688] (104)Connection reset by peer: [client 198.51.100.77:51234] AH01102: error reading status line from remote server 127.0.0.1:8080, referer: https://intranet.halcyonlabs.org/timesheets',
    [502],
  ],
  [
    '[Wed May 08 02:11:46.008831 2024] [proxy:error] [pid 4121:tid 140037655271168] (111)Connection refused: AH00957: HTTP: attempt to connect to 127.0.0.1:3000 (127.0.0.1) failed',
    [503],
  ],
  [
    '[Wed May 08 02:11:46.008911 2024] [proxy_http:error] [pid 4121:tid 140037655271168] [client 203.0.113.58:40122] AH01114: HTTP: failed to make connection to backend: app-01.internal',
    [503],
  ],
  [
    '[Fri Jan 19 09:30:12.441020 2024] [authz_core:error] [pid 1187:tid 139855011915520] [client 203.0.113.14:60411] AH01630: client denied by server configuration: /var/www/intranet/.env',
    [403],
  ],
  [
    "[Mon Jun 03 16:45:27.118204 2024] [proxy_fcgi:error] [pid 2291:tid 140201993930496] [client 192.0.2.18:55102] AH01071: Got error 'PHP message: PHP Fatal error:  Uncaught Error: Call to undefined function mysql_connect() in /var/www/html/legacy/db.php:12\\nStack trace:\\n#0 {main}\\n  thrown in /var/www/html/legacy/db.php on line 12', referer: https://old.tamworthclub.org.uk/members",
    [500],
  ],
  [
    "[Thu Feb 01 11:05:59.772310 2024] [core:error] [pid 9021:tid 139711845623552] [client 198.51.100.4:38812] AH00124: Request exceeded the limit of 10 internal redirects due to probable configuration error. Use 'LimitInternalRecursion' to increase the limit if necessary. Use 'LogLevel debug' to get a backtrace.",
    [500],
  ],
  [
    '[Sat Apr 13 07:58:21.093157 2024] [autoindex:error] [pid 1402:tid 140388119410432] [client 192.0.2.201:49920] AH01276: Cannot serve directory /var/www/html/uploads/: No matching DirectoryIndex (index.html,index.php) found, and server-generated directory index forbidden by Options directive',
    [403],
  ],
  [
    '[Tue Jul 02 20:14:03.551872 2024] [auth_basic:error] [pid 7745:tid 140602114553600] [client 203.0.113.90:52001] AH01617: user deploy: authentication failure for "/admin/": Password Mismatch',
    [401],
  ],
  [
    '[Sun Mar 03 04:22:10.660123 2024] [core:info] [pid 6130:tid 139984452081408] [client 198.51.100.150:60233] AH00128: File does not exist: /var/www/html/wp-login.php',
    [404],
  ],
  // IIS detailed error pages and W3C log lines with substatus codes
  [
    'HTTP Error 500.19 - Internal Server Error The requested page cannot be accessed because the related configuration data for the page is invalid. Detailed Error Information: Module IIS Web Core Notification BeginRequest Handler Not yet determined Error Code 0x8007000d Config Error Config File \\\\?\\C:\\inetpub\\wwwroot\\orders-api\\web.config Requested URL http://localhost:80/ Physical Path C:\\inetpub\\wwwroot\\orders-api Logon Method Not yet determined Logon User Not yet determined',
    [500],
  ],
  [
    'HTTP Error 404.3 - Not Found The page you are requesting cannot be served because of the extension configuration. If the page is a script, add a handler. If the file should be downloaded, add a MIME map. Module StaticFileModule Notification ExecuteRequestHandler Handler StaticFile Error Code 0x80070032 Requested URL https://downloads.corvidsoft.com:443/fonts/brand.woff2',
    [404],
  ],
  [
    'HTTP Error 403.14 - Forbidden The Web server is configured to not list the contents of this directory. Module DirectoryListingModule Notification ExecuteRequestHandler Handler StaticFile Error Code 0x00000000 Requested URL http://10.1.4.20:80/reports/ Physical Path D:\\sites\\reports\\',
    [403],
  ],
  [
    "HTTP Error 502.5 - Process Failure Common causes of this issue: The application process failed to start The application process started but then stopped The application process started but failed to listen on the configured port Troubleshooting steps: Check the system event log for error messages Enable logging the application process' stdout messages",
    [502],
  ],
  [
    "HTTP Error 500.30 - ANCM In-Process Start Failure Common solutions to this issue: The application failed to start The application started but then stopped The application started but threw an exception during startup Troubleshooting steps: Check the system event log for error messages Enable logging the application process' stdout messages Attach a debugger to the application process and inspect",
    [500],
  ],
  [
    'HTTP Error 404.15 - Not Found The request filtering module is configured to deny a request where the query string is too long. Module RequestFilteringModule Notification BeginRequest Handler StaticFile Error Code 0x00000000 Requested URL https://crm.wexfordmutual.ie:443/search.aspx?filter=...',
    [404],
  ],
  ['Service Unavailable HTTP Error 503. The service is unavailable.', [503]],
  [
    'HTTP Error 401.2 - Unauthorized You are not authorized to view this page due to invalid authentication headers. Module IIS Web Core Notification AuthenticateRequest Handler ExtensionlessUrlHandler-Integrated-4.0 Error Code 0x80070005 Requested URL http://intranet.pellworth.local:80/hr/ Logon Method Not yet determined',
    [401],
  ],
  [
    '2024-04-09 07:14:51 10.0.2.15 POST /api/documents/upload - 443 - 203.0.113.9 Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64) https://portal.pellworth.com/ 404 13 0 31',
    [404],
  ],
  // Cloudflare error pages (1xxx in the body, HTTP status per Cloudflare docs: WAF block 403, rate limit 429, origin DNS 530)
  [
    'Error 1020 Ray ID: 8a1f2c3d4e5b6a7c • 2024-05-14 10:21:33 UTC Access denied What happened? This website is using a security service to protect itself from online attacks. Cloudflare Ray ID: 8a1f2c3d4e5b6a7c • Your IP: 203.0.113.88 • Performance & security by Cloudflare',
    [403],
  ],
  [
    'Error 1015 Ray ID: 7c9e41ab2f0d3e55 • 2024-03-02 18:04:11 UTC You are being rate limited What happened? The owner of this website (api.quillstack.com) has banned you temporarily from accessing this website.',
    [429],
  ],
  [
    "Error 1016 Ray ID: 81d3aa90c4e2b7f1 • 2024-06-20 07:45:02 UTC Origin DNS error What happened? You've requested a page on a website (cdn.marlowgames.net) that is on the Cloudflare network. Cloudflare is currently unable to resolve your requested domain (cdn.marlowgames.net).",
    [530],
  ],
  [
    "Connection timed out Error code 522 Visit cloudflare.com for more information. 2024-05-14 10:21:33 UTC You Browser Working Frankfurt Cloudflare Working shop.tinderbox.de Host Error What happened? The initial connection between Cloudflare's network and the origin web server timed out. As a result, the web page can not be displayed. Cloudflare Ray ID: 883b0f5e1c2d9a47",
    [522],
  ],
  [
    'A timeout occurred Error code 524 Visit cloudflare.com for more information. 2024-02-08 15:30:44 UTC You Browser Working Ashburn Cloudflare Working reports.gridwise.energy Host Error What happened? The origin web server timed out responding to this request. Cloudflare Ray ID: 851c2e0a7d6f4b93',
    [524],
  ],
  [
    'SSL handshake failed Error code 525 Visit cloudflare.com for more information. 2024-04-17 22:09:13 UTC You Browser Working London Cloudflare Working app.holloway.legal Host Error What happened? Cloudflare is unable to establish an SSL connection to the origin server. Cloudflare Ray ID: 875a9b3c1e0f2d64',
    [525],
  ],
  [
    'Web server is down Error code 521 Visit cloudflare.com for more information. 2024-01-11 03:52:27 UTC You Browser Working Singapore Cloudflare Working blog.kopimesin.sg Host Error What happened? The web server is not returning a connection. As a result, the web page is not displaying. Cloudflare Ray ID: 843e7a1b5c9d0f22',
    [521],
  ],
  [
    'Invalid SSL certificate Error code 526 Visit cloudflare.com for more information. 2024-07-01 12:40:55 UTC You Browser Working Paris Cloudflare Working api.boulangerie-roux.fr Host Error What happened? The origin web server does not have a valid SSL certificate. Cloudflare Ray ID: 89c4d2e0f1a3b576',
    [526],
  ],
  [
    'Web server is returning an unknown error Error code 520 Visit cloudflare.com for more information. 2024-05-30 19:18:02 UTC You Browser Working Dallas Cloudflare Working store.ridgelineoutfitters.com Host Error What happened? There is an unknown connection issue between Cloudflare and the origin web server. Cloudflare Ray ID: 88bd4f7e2a1c6d30',
    [520],
  ],
  // AWS: ALB access logs, API Gateway gateway responses, CloudFront error pages, S3 REST error XML
  [
    'https 2024-05-21T09:14:07.482913Z app/prod-public-alb/7f3c2a9b1d4e6f80 198.51.100.42:53122 10.20.3.117:8080 0.000 0.004 -1 502 - 873 272 "POST https://api.shopfront.example:443/v1/cart/checkout HTTP/1.1" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/prod-api/6d0ecf831eec9f09 "Root=1-664c6a2f-3b2e4f6a1c9d0e7b8a5f4c3d" "api.shopfront.example" "arn:aws:acm:us-east-1:123456789012:certificate/1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d" 0 2024-05-21T09:14:07.478000Z "forward" "-" "-" "10.20.3.117:8080" "-" "-" "-"',
    [502],
  ],
  [
    'h2 2024-06-02T17:03:55.120044Z app/internal-alb/0e1d2c3b4a596877 10.0.8.91:40418 10.0.12.6:9000 0.001 -1 -1 460 - 1204 0 "POST https://exports.corp.example:443/api/export/full HTTP/2.0" "python-requests/2.31.0" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 arn:aws:elasticloadbalancing:eu-west-1:210987654321:targetgroup/exports/9a8b7c6d5e4f3a21 "Root=1-665ca5fb-6e5d4c3b2a1908f7e6d5c4b3" "exports.corp.example" "session-reused" 3 2024-06-02T17:02:55.118000Z "forward" "-" "-" "10.0.12.6:9000" "-" "-" "-"',
    [460],
  ],
  ['$ curl https://k3x9q1z7ab.execute-api.eu-central-1.amazonaws.com/prod/v1/orderz\n{"message":"Missing Authentication Token"}', [403]],
  ['{"message": "Endpoint request timed out"}', [504]],
  [
    '{"message":"Limit Exceeded"}  (x-amzn-RequestId: 6f1c8e2a-4b7d-4c2e-9a51-0e3f5d7b9c14, x-amzn-ErrorType: LimitExceededException)',
    [429],
  ],
  ['(b3f1c2d4-9e8a-4f7b-a6c5-1d2e3f4a5b6c) Execution failed due to configuration error: Malformed Lambda proxy response', [502]],
  [
    "403 ERROR The request could not be satisfied. This distribution is not configured to allow the HTTP request method that was used for this request. The distribution supports only cachable requests. We can't connect to the server for this app or website at this time. There might be too much traffic or a configuration error. Try again later, or contact the app or website owner. Generated by cloudfront (CloudFront) Request ID: Zk3pQ8vN2xLmR5tY7wA1sD4fG6hJ9kL0qW2eR4tY6uI8oP0aS2dF==",
    [403],
  ],
  [
    "502 ERROR The request could not be satisfied. CloudFront wasn't able to connect to the origin. We can't connect to the server for this app or website at this time. Generated by cloudfront (CloudFront) Request ID: 4hT7uV9wX1yZ3aB5cD7eF9gH1iJ3kL5mN7oP9qR1sT3uV5wX7yZ9a==",
    [502],
  ],
  [
    '<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message><Key>invoices/2024/05/INV-88213.pdf</Key><RequestId>8W2QJ6Y1T4N7K3PX</RequestId><HostId>q8Fz1yXo3kQ7mR2tV5wN8bC4dE6gH9jL1nP3sU5xZ7aB9cD2fG4hJ6kM8oQ0rT2v=</HostId></Error>',
    [404],
  ],
  [
    '<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>AccessDenied</Code><Message>Access Denied</Message><RequestId>R7M3K9P2X5T8N1QZ</RequestId><HostId>aB3cD5eF7gH9iJ1kL3mN5oP7qR9sT1uV3wX5yZ7aB9cD1eF3gH5iJ7kL9mN1oP3q=</HostId></Error>',
    [403],
  ],
  [
    '<Error><Code>SignatureDoesNotMatch</Code><Message>The request signature we calculated does not match the signature you provided. Check your key and signing method.</Message><AWSAccessKeyId>AKIAIOSFODNN7EXAMPLE</AWSAccessKeyId><StringToSign>AWS4-HMAC-SHA256\n20240514T102133Z\n20240514/us-east-1/s3/aws4_request\n3f9a1c...</StringToSign><RequestId>K2N8P4R6T1V3X5Z7</RequestId></Error>',
    [403],
  ],
  [
    '<Error><Code>SlowDown</Code><Message>Please reduce your request rate.</Message><RequestId>J5H3G1F9D7S5A3Q1</RequestId><HostId>zX9cV7bN5mL3kJ1hG9fD7sA5pO3iU1yT9rE7wQ5=</HostId></Error>',
    [503],
  ],
  [
    '<Error><Code>InvalidRange</Code><Message>The requested range is not satisfiable</Message><RangeRequested>bytes=10485760-</RangeRequested><ActualObjectSize>2097152</ActualObjectSize><RequestId>W1E2R3T4Y5U6I7O8</RequestId></Error>',
    [416],
  ],
  // Google Cloud: Google Front End / load balancer pages and logs, Cloud Run
  [
    'Error: Server Error The server encountered a temporary error and could not complete your request. Please try again in 30 seconds.',
    [502],
  ],
  [
    '{"httpRequest":{"requestMethod":"GET","requestUrl":"https://app.tidewater.dev/api/feed","status":502,"remoteIp":"198.51.100.19","latency":"0.002141s"},"jsonPayload":{"@type":"type.googleapis.com/google.cloud.loadbalancing.type.LoadBalancerLogEntry","statusDetails":"failed_to_pick_backend"},"resource":{"type":"http_load_balancer"}}',
    [502],
  ],
  [
    'The request has been terminated because it has reached the maximum request timeout. To change this limit, see https://cloud.google.com/run/docs/configuring/request-timeout',
    [504],
  ],
  ['Error: Forbidden Your client does not have permission to get URL /v1/jobs from this server.', [403]],
  ["Error 404 (Not Found)!!1 404. That's an error. The requested URL /healthz was not found on this server. That's all we know.", [404]],
  // Heroku router log lines (Heroku error codes article: router errors are served as 503; H27 is logged 499)
  [
    '2024-05-09T17:41:03.552108+00:00 heroku[router]: at=error code=H12 desc="Request timeout" method=POST path="/api/reports/export" host=ledgerbird-prod.herokuapp.com request_id=9f3c2b1a-7d6e-4f5a-8b9c-0d1e2f3a4b5c fwd="203.0.113.12" dyno=web.2 connect=0ms service=30000ms status=503 bytes=0 protocol=https',
    [503],
  ],
  [
    '2024-02-14T08:02:19.004471+00:00 heroku[router]: at=error code=H10 desc="App crashed" method=GET path="/" host=quiet-harbor-41822.herokuapp.com request_id=1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d fwd="198.51.100.61" dyno= connect= service= status=503 bytes= protocol=https',
    [503],
  ],
  [
    '2024-03-21T22:15:40.817702+00:00 heroku[router]: at=error code=H13 desc="Connection closed without response" method=GET path="/dashboard" host=www.petalpost.co request_id=7e6d5c4b-3a29-4180-9f7e-6d5c4b3a2918 fwd="192.0.2.74" dyno=web.1 connect=1ms service=412ms status=503 bytes=0 protocol=https',
    [503],
  ],
  [
    '2024-06-30T11:09:58.223391+00:00 heroku[router]: at=error code=H14 desc="No web processes running" method=GET path="/favicon.ico" host=staging-acornly.herokuapp.com request_id=2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f fwd="203.0.113.200" dyno= connect= service= status=503 bytes= protocol=https',
    [503],
  ],
  [
    '2024-04-04T13:27:06.660018+00:00 heroku[router]: sock=backend at=error code=H18 desc="Server Request Interrupted" method=POST path="/webhooks/stripe" host=api.brambleworks.io request_id=5f4e3d2c-1b0a-4987-8654-3210fedcba98 fwd="54.187.174.169" dyno=web.3 connect=0ms service=21ms status=503 bytes= protocol=https',
    [503],
  ],
  [
    '2024-01-25T19:50:12.931846+00:00 heroku[router]: sock=client at=warning code=H27 desc="Client Request Interrupted" method=GET path="/search?q=boots" host=www.trailhead-outfitters.com request_id=0d9c8b7a-6f5e-4d3c-2b1a-09f8e7d6c5b4 fwd="192.0.2.9" dyno=web.1 connect=0ms service=2840ms status=499 bytes= protocol=https',
    [499],
  ],
  [
    '2024-05-01T06:00:01.118205+00:00 heroku[router]: at=error code=H11 desc="Backlog too deep" method=GET path="/api/menu" host=orders.pizzeriacorvo.it request_id=3e4f5a6b-7c8d-4e9f-a0b1-c2d3e4f5a6b7 fwd="203.0.113.51" dyno= connect= service= status=503 bytes= protocol=https',
    [503],
  ],
  // Vercel error pages (codes and statuses from vercel.com/docs/errors) and the Netlify stock 404 page
  ['504: GATEWAY_TIMEOUT\nCode: FUNCTION_INVOCATION_TIMEOUT\nID: fra1::7xk2p-1715678493021-9c1d3e5f7a2b', [504]],
  ['500: INTERNAL_SERVER_ERROR\nCode: FUNCTION_INVOCATION_FAILED\nID: iad1::q8m4r-1717421102554-3b5d7f9a1c2e', [500]],
  ['404: NOT_FOUND\nCode: DEPLOYMENT_NOT_FOUND\nID: sfo1::zz7wd-1719847200000-0a1b2c3d4e5f\nThis deployment cannot be found.', [404]],
  ['413: FUNCTION_PAYLOAD_TOO_LARGE\nCode: FUNCTION_PAYLOAD_TOO_LARGE\nID: cdg1::p2n6v-1716200033171-6e8f0a2c4d6b', [413]],
  ['502: BAD_GATEWAY\nCode: NO_RESPONSE_FROM_FUNCTION\nID: gru1::h4j6k-1718009911045-2f4a6c8e0b1d', [502]],
  [
    "Page not found Looks like you've followed a broken link or entered a URL that doesn't exist on this site. Back to our site If this is your site, and you weren't expecting a 404 for this path, please visit Netlify's \"page not found\" support guide for troubleshooting tips.",
    [404],
  ],
  // Kubernetes ingress-nginx controller logs, default backend and access log
  ['W0514 08:12:44.118205       7 controller.go:1214] Service "shop/checkout-api" does not have any active Endpoint.', [503]],
  ['default backend - 404', [404]],
  [
    '2024/05/14 08:13:02 [error] 41#41: *1882731 upstream timed out (110: Operation timed out) while reading response header from upstream, client: 10.42.0.1, server: grafana.ops.tealcloud.net, request: "GET /api/ds/query HTTP/2.0", upstream: "http://10.42.3.19:3000/api/ds/query", host: "grafana.ops.tealcloud.net"',
    [504],
  ],
  [
    '2024/06/07 15:44:21 [error] 38#38: *90210 connect() failed (111: Connection refused) while connecting to upstream, client: 10.244.0.1, server: api.k8s.plinth.io, request: "GET /healthz HTTP/1.1", upstream: "http://10.244.1.23:3000/healthz", host: "api.k8s.plinth.io"',
    [502],
  ],
  [
    '2024/03/09 02:30:17 [error] 29#29: *5521 upstream sent invalid header: "X-Debug\\x0D..." while reading response header from upstream, client: 10.244.2.1, server: legacy.k8s.plinth.io, request: "GET /report HTTP/1.1", upstream: "http://10.244.2.40:8080/report", host: "legacy.k8s.plinth.io"',
    [502],
  ],
  [
    '203.0.113.50 - - [14/May/2024:08:15:02 +0000] "POST /api/v1/import HTTP/2.0" 413 176 "-" "python-requests/2.31.0" 1048799 0.000 [data-importer-8080] [] - - - - 4e2c1f0a9b8d7e6f5a4b3c2d1e0f9a8b',
    [413],
  ],
  // Chromium: error pages and DevTools console output
  [
    "This page isn't working\nshop.ashgrove.co redirected you too many times.\nTry deleting your cookies.\nERR_TOO_MANY_REDIRECTS",
    [301, 302],
  ],
  ['GET https://api.northwind-tools.com/v2/me 401 (Unauthorized)   app.4f1c9e.js:2', [401]],
  [
    "Access to fetch at 'https://api.pollenhq.com/v1/orders' from origin 'https://app.pollenhq.com' has been blocked by CORS policy: No 'Access-Control-Allow-Origin' header is present on the requested resource. If an opaque response serves your needs, set the request's mode to 'no-cors' to fetch the resource with CORS disabled.\nGET https://api.pollenhq.com/v1/orders net::ERR_FAILED 403 (Forbidden)",
    [403],
  ],
  ['Failed to load resource: the server responded with a status of 404 (Not Found)   /static/js/main.8a7f3c21.chunk.js:1', [404]],
  ["This page isn't working\nbilling.fairmount.io is currently unable to handle this request.\nHTTP ERROR 500", [500]],
  ['POST https://app.inkwell.studio/api/upload 413 (Request Entity Too Large)   uploader.ts:88', [413]],
  ["This page isn't working\nIf the problem continues, contact the site owner.\nHTTP ERROR 431", [431]],
  // curl and wget output
  ['$ curl -fsS https://registry.internal.lumen.dev/v2/_catalog\ncurl: (22) The requested URL returned error: 403', [403]],
  [
    '$ curl -sI https://api.openweave.net/v1/search?q=lamps\nHTTP/2 429 \ndate: Tue, 14 May 2024 10:21:33 GMT\ncontent-type: application/json\nretry-after: 30\nx-ratelimit-remaining: 0',
    [429],
  ],
  ['$ curl -L http://portal.birchway.local/\ncurl: (47) Maximum (50) redirects followed', [301, 302]],
  [
    '--2024-05-14 10:21:33--  https://mirror.fenwick.edu/isos/fenwick-12.4-amd64.iso\nResolving mirror.fenwick.edu (mirror.fenwick.edu)... 192.0.2.80\nConnecting to mirror.fenwick.edu (mirror.fenwick.edu)|192.0.2.80|:443... connected.\nHTTP request sent, awaiting response... 404 Not Found\n2024-05-14 10:21:34 ERROR 404: Not Found.',
    [404],
  ],
  [
    'Connecting to files.sawtooth.io (files.sawtooth.io)|198.51.100.8|:443... connected.\nHTTP request sent, awaiting response... 401 Unauthorized\nUsername/Password Authentication Failed.',
    [401],
  ],
  ['HTTP request sent, awaiting response... 503 Service Unavailable\n2024-06-01 03:00:12 ERROR 503: Service Unavailable.', [503]],
  [
    '$ curl -v -X DELETE https://api.hollyhock.app/v1/users/42\n> DELETE /v1/users/42 HTTP/1.1\n> Host: api.hollyhock.app\n>\n< HTTP/1.1 405 Method Not Allowed\n< Allow: GET, HEAD, PATCH\n< Content-Length: 0',
    [405],
  ],
  ['curl: (22) The requested URL returned error: 500 Internal Server Error', [500]],
  // Framework stock responses and logs: Express, Spring Boot, Django, Rails, Laravel, FastAPI, ASP.NET Core, Flask/Werkzeug
  [
    '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Error</title>\n</head>\n<body>\n<pre>Cannot GET /api/v2/invoicez</pre>\n</body>\n</html>',
    [404],
  ],
  [
    'PayloadTooLargeError: request entity too large\n    at readStream (/app/node_modules/raw-body/index.js:163:17)\n    at getRawBody (/app/node_modules/raw-body/index.js:116:12)\n    at read (/app/node_modules/body-parser/lib/read.js:79:3)',
    [413],
  ],
  [
    'SyntaxError: Unexpected token } in JSON at position 57\n    at JSON.parse (<anonymous>)\n    at parse (/srv/api/node_modules/body-parser/lib/types/json.js:89:19)',
    [400],
  ],
  [
    'Whitelabel Error Page\nThis application has no explicit mapping for /error, so you are seeing this as a fallback.\nTue May 14 10:21:33 UTC 2024\nThere was an unexpected error (type=Method Not Allowed, status=405).',
    [405],
  ],
  [
    "2024-05-14T10:21:33.118Z  WARN 1 --- [orders-service] [nio-8080-exec-7] .w.s.m.s.DefaultHandlerExceptionResolver : Resolved [org.springframework.web.HttpMediaTypeNotSupportedException: Content-Type 'text/plain;charset=UTF-8' is not supported]",
    [415],
  ],
  [
    '2024-05-14T10:22:05.402Z  WARN 1 --- [orders-service] [nio-8080-exec-2] .w.s.m.s.DefaultHandlerExceptionResolver : Resolved [org.springframework.web.servlet.resource.NoResourceFoundException: No static resource api/v1/orderz.]',
    [404],
  ],
  [
    "DisallowedHost at /\nInvalid HTTP_HOST header: 'internal-web-alb-1938475.eu-west-1.elb.amazonaws.com'. You may need to add 'internal-web-alb-1938475.eu-west-1.elb.amazonaws.com' to ALLOWED_HOSTS.",
    [400],
  ],
  ['WARNING 2024-05-14 10:21:33,118 log 2817 140219375355712 Forbidden (CSRF cookie not set.): /accounts/login/', [403]],
  [
    'F, [2024-05-14T10:21:33.118022 #4181] FATAL -- : [a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d]   \n[a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d] ActionController::RoutingError (No route matches [GET] "/wp-login.php"):',
    [404],
  ],
  [
    "F, [2024-05-14T10:25:41.660431 #4181] FATAL -- : [7d6c5b4a-3f2e-4d1c-9b8a-7f6e5d4c3b2a] ActionController::InvalidAuthenticityToken (Can't verify CSRF token authenticity.):",
    [422],
  ],
  [
    'F, [2024-05-14T10:27:09.004518 #4190] FATAL -- : [0f1e2d3c-4b5a-4968-8776-655443322110] ActionController::ParameterMissing (param is missing or the value is empty: user):',
    [400],
  ],
  ['419 | PAGE EXPIRED', [419]],
  [
    'Symfony\\Component\\HttpKernel\\Exception\\MethodNotAllowedHttpException: The GET method is not supported for route api/orders. Supported methods: POST. in file /var/www/vendor/laravel/framework/src/Illuminate/Routing/AbstractRouteCollection.php on line 123',
    [405],
  ],
  ['{"detail":"Not Found"}', [404]],
  ['{"detail":[{"type":"missing","loc":["body","email"],"msg":"Field required","input":{"name":"Ada"}}]}', [422]],
  ['{"detail":"Not authenticated"}', [401, 403]],
  [
    'Microsoft.AspNetCore.Server.Kestrel.Core.BadHttpRequestException: Request body too large. The max request body size is 30000000 bytes.\n   at Microsoft.AspNetCore.Server.Kestrel.Core.Internal.Http.Http1MessageBody.OnReadStarting()',
    [413],
  ],
  [
    'warn: Microsoft.AspNetCore.Mvc.ViewFeatures.Filters.AutoValidateAntiforgeryTokenAuthorizationFilter[1]\n      Antiforgery token validation failed. The required antiforgery cookie ".AspNetCore.Antiforgery.x3v9QkLm2pA" is not present.',
    [400],
  ],
  [
    'Not Found\nThe requested URL was not found on the server. If you entered the URL manually please check your spelling and try again.',
    [404],
  ],
  // Apache answers an oversized header field with 400, not 431 (reproduced on 2.4.71).
  [
    '[Tue Dec 08 09:14:02.120331 2026] [core:info] [pid 1187:tid 1203] [client 10.20.0.14:51902] AH00561: Request header exceeds LimitRequestFieldSize: Cookie',
    [400],
  ],
  [
    'Bad Request Your browser sent a request that this server could not understand. Size of a request header field exceeds server limit.',
    [400],
  ],
];
