// ESLint 9 flat config: typescript-eslint's recommended rules (syntax only, no type information, so
// `eslint .` stays quick) everywhere, and React's hooks rules for the task pane's components.
import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/", "build/", "node_modules/", "test/.out/", "bench/.out/", "coverage/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // TypeScript itself reports undefined names, and knows the Office, Excel, DOM and Node globals.
      "no-undef": "off",
      // Control characters in our regular expressions are meant: XML's forbidden characters, terminal escapes.
      "no-control-regex": "off",
      // Vietnamese text is matched after NFD normalisation, on purpose, with combining marks in classes.
      "no-misleading-character-class": "off",
      // Worth seeing, not worth failing the build for.
      "no-useless-escape": "warn",
      "@typescript-eslint/no-unused-expressions": "warn",
      // `_name` marks a parameter kept for its position.
      "@typescript-eslint/no-unused-vars": ["warn", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
    },
  },
  {
    files: ["src/**/*.tsx"],
    ...reactHooks.configs.flat.recommended,
    rules: {
      ...reactHooks.configs.flat.recommended.rules,
      // Reading Excel is an effect that ends in setState: the usual shape of an Office task pane.
      "react-hooks/set-state-in-effect": "warn",
    },
  },
);
