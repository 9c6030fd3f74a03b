// html-validate: the recommended rules, with two adjusted for reasons this site cannot change.
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // Every cheatsheet row's id is its code (id="429"), because /#429 is a promised permalink.
    // HTML5 allows ids that start with a digit; the strict form of the rule does not.
    'valid-id': ['error', { relaxed: true }],
    // The search results are the listbox of the ARIA combobox pattern: rich options (code,
    // name, summary, highlighted words) that a native <select> cannot show.
    'prefer-native-element': ['error', { exclude: ['listbox'] }],
  },
};
