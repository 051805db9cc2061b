// Learning a committee's own form from its blank sheet (issue 10). Pure: a Grid in, a template and questions out.
export { learnForm } from "./learn";
export type { LearnResult, LearnQuestion, LearnFailure, LearnedPlaces, QuestionKind } from "./types";
