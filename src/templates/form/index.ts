// Forms as data (issue 9): the template model, its loader and the built-in forms. Pure TypeScript: no Node,
// DOM or Office APIs, so the engine and every door may import it.
export type * from "./types";
export type { FormProblem } from "./problems";
export { formatProblems } from "./problems";
export { loadForm, parseForm, type LoadResult } from "./load";
export { lintForm, lintFormSet } from "./lint";
export { parseExpression, evaluateNumber, placeOf, ExpressionError, FUNCTIONS, type Ref, type Place, type ParsedExpression } from "./expression";
export { builtInForms, builtInForm, BUILT_IN_FILES } from "./registry";
export { derivedRules, childGroups, type ChildGroup } from "./relations";
