import { Field, Input, Text } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { Localized } from "../../engine";
import type { LearnQuestion, LearnedPlaces } from "../../engine/forms/learn";
import type { FormRule, FormTemplate } from "../../templates/form/types";
import { readActiveSheet } from "../../excel";
import { OWN_FORMS_MAX_BYTES } from "../../excel/ownForms";
import { BusyButton } from "../components/BusyButton";
import { useLayout } from "../components/layout";
import { LearnedColumns, useLearnedStyles } from "../components/LearnedColumns";
import { LearnedRows } from "../components/LearnedRows";
import { Notice, ProblemBar } from "../components/Notice";
import { OwnFormList } from "../components/OwnFormList";
import { useFileInput } from "../components/useFileInput";
import { downloadText } from "../download";
import { useLang } from "../i18n/LangContext";
import { OWN_FORM_TEXT } from "../i18n/ownForm";
import { draftProblems, setColumnKind, setFormId, setFormTitle, setRowKind, setRowParent, setRowRelation, templateFileName } from "../state/learnDraft";
import { checkTemplate, OwnFormsTooBig, readTemplateFile, saveOwnForm } from "../state/ownForms";
import { useAction } from "../useAction";
import { FirstRunHint } from "./hints";
import { resultProps } from "../components/focus";

interface Draft {
  sheet: string;
  form: FormTemplate;
  questions: LearnQuestion[];
  places: LearnedPlaces;
  rules: FormRule[];
}

/** A problem the screen raises itself, in both languages (useAction shows it like an Excel error). */
const problem = (message: Localized) => ({ message, code: "InvalidArgument" });
const tooBig = (bytes: number) => {
  const [kb, max] = [Math.ceil(bytes / 1024), OWN_FORMS_MAX_BYTES / 1024];
  return problem({ vi: OWN_FORM_TEXT.vi.tooBig(kb, max), en: OWN_FORM_TEXT.en.tooBig(kb, max) });
};

/**
 * Mẫu của đơn vị (issue 10): learns a template from the active sheet (a committee's own blank form), shows its
 * rows, columns, rules and questions for the user to correct, and keeps it in the workbook and as a .json file;
 * or opens such a file another committee shared and keeps it in the workbook.
 * The learner and the template loader are loaded when first used: they stay out of the pane's first download.
 */
export function OwnFormScreen() {
  const { lang } = useLang();
  const t = OWN_FORM_TEXT[lang];
  const layout = useLayout();
  const s = useLearnedStyles();
  const { busy, problem: failure, run, dismiss } = useAction();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [imported, setImported] = useState<{ id: string; title: string } | null>(null);

  const learn = () =>
    run("learn", async () => {
      setSaved(null);
      setImported(null);
      const grid = await readActiveSheet();
      const { learnForm } = await import(/* webpackChunkName: "learn" */ "../../engine/forms/learn");
      const { allRules } = await import(/* webpackChunkName: "learn" */ "../../engine/forms/learn/review");
      const r = learnForm(grid);
      if (!r.ok) throw problem({ vi: `${OWN_FORM_TEXT.vi.notLearned}: ${r.vi}`, en: `${OWN_FORM_TEXT.en.notLearned}: ${r.en}` });
      setDraft({ sheet: grid.name, form: r.form, questions: r.questions, places: r.places, rules: allRules(r.form) });
    });

  const edit = (change: (f: FormTemplate) => FormTemplate) => {
    if (!draft) return;
    setSaved(null);
    const form = change(draft.form);
    // The rules follow the structure: recomputed with the same functions the checker uses.
    void import("../../engine/forms/learn/review").then(({ allRules }) => setDraft((d) => (d && d.form === form ? { ...d, rules: allRules(form) } : d)));
    setDraft({ ...draft, form });
  };

  const problems = useMemo(() => (draft ? draftProblems(draft.form, lang) : []), [draft, lang]);

  /** Keeps a checked template in the workbook, within the size kept for the committee's forms. */
  const store = async (form: FormTemplate) => {
    try {
      await saveOwnForm(form);
    } catch (e) {
      if (e instanceof OwnFormsTooBig) throw tooBig(e.bytes);
      throw e;
    }
  };

  const save = () =>
    run("save-own", async () => {
      if (!draft) return;
      setImported(null);
      const checked = await checkTemplate(draft.form);
      if (!checked.ok) throw problem({ vi: `${OWN_FORM_TEXT.vi.problems} ${checked.problems.vi.join("; ")}`, en: `${OWN_FORM_TEXT.en.problems} ${checked.problems.en.join("; ")}` });
      await store(checked.form);
      setSaved(draft.form.title);
    });

  /** A template another committee shared as .json: checked like the stored ones, then kept in the workbook. */
  const open = (file: File) =>
    run("open-own", async () => {
      setSaved(null);
      setImported(null);
      // Larger than all the committee's forms may be: refused before it is read.
      if (file.size > OWN_FORMS_MAX_BYTES) throw tooBig(file.size);
      const r = await readTemplateFile(file.name, await file.text());
      if (!r.ok) throw problem(r.message);
      await store(r.form);
      setImported({ id: r.form.id, title: r.form.title });
    });
  const picker = useFileInput({ accept: ".json,application/json", testId: "own-form-file", label: t.fileLabel, onFiles: ([file]) => void open(file) });

  const download = () => {
    if (draft) downloadText(`${JSON.stringify(draft.form, null, 2)}\n`, templateFileName(draft.form));
  };

  const disabled = busy !== null;
  return (
    <div className={layout.screen}>
      <Text>{t.intro}</Text>
      {!draft && <FirstRunHint>{t.learn}</FirstRunHint>}
      <div className={layout.buttons}>
        <BusyButton appearance="primary" testId="learn-sheet" busy={busy === "learn"} disabled={disabled} onClick={learn}>
          {t.learn}
        </BusyButton>
        {picker.input}
        <BusyButton testId="open-own-form" busy={busy === "open-own"} disabled={disabled} onClick={picker.open}>
          {t.openFile}
        </BusyButton>
      </div>
      <ProblemBar problem={failure} onDismiss={dismiss} />
      {saved !== null && (
        <Notice intent="success" title={OWN_FORM_TEXT[lang].save} onDismiss={() => setSaved(null)} testId="own-form-saved">
          {t.saved(saved)}
        </Notice>
      )}
      {imported && (
        <Notice intent="success" title={t.imported} onDismiss={() => setImported(null)} testId="own-form-imported">
          {t.importedText(imported.title, imported.id)}
        </Notice>
      )}
      {draft && (
        <section aria-labelledby="learned-title" className={s.section} data-testid="learned">
          {/* The outcome of learning: the focus moves here once it shows (useAction, focus.ts). */}
          <h2 id="learned-title" className={s.heading} data-testid="learned-title" {...resultProps()}>
            {t.learnedTitle(draft.sheet)}
          </h2>
          <Field label={t.id} className={s.field}>
            <Input className={s.input} input={{ className: s.inputText }} value={draft.form.id} disabled={disabled} data-testid="own-form-id" onChange={(_, d) => edit((f) => setFormId(f, d.value))} />
          </Field>
          <Field label={t.title} className={s.field}>
            <Input className={s.input} input={{ className: s.inputText }} value={draft.form.title} disabled={disabled} data-testid="own-form-title" onChange={(_, d) => edit((f) => setFormTitle(f, d.value))} />
          </Field>
          <section aria-labelledby="learned-questions">
            <h2 id="learned-questions" className={s.heading}>{draft.questions.length ? t.questions(draft.questions.length) : t.noQuestions}</h2>
            {draft.questions.length > 0 && (
              <ul data-testid="learned-questions">
                {draft.questions.map((q, i) => (
                  <li key={i}>{q[lang]}</li>
                ))}
              </ul>
            )}
          </section>
          <LearnedColumns form={draft.form} disabled={disabled} onKind={(code, kind) => edit((f) => setColumnKind(f, code, kind))} />
          <LearnedRows
            form={draft.form}
            disabled={disabled}
            edits={{
              onKind: (code, kind) => edit((f) => setRowKind(f, code, kind)),
              onParent: (code, parent) => edit((f) => setRowParent(f, code, parent)),
              onRelation: (code, relation) => edit((f) => setRowRelation(f, code, relation)),
            }}
          />
          <section aria-labelledby="learned-rules">
            <h2 id="learned-rules" className={s.heading}>{t.rules(draft.rules.length)}</h2>
            <ul className={s.list} data-testid="learned-rules">
              {draft.rules.map((r, i) => (
                <li key={i} className={s.muted}>
                  <span className={s.code}>{r.id}</span> {r.expr}
                </li>
              ))}
            </ul>
          </section>
          {problems.length > 0 && (
            <Notice intent="warning" title={t.problems} testId="own-form-problems">
              <ul>
                {problems.map((p, i) => (
                  <li key={i}>{p}</li>
                ))}
              </ul>
            </Notice>
          )}
          <div className={layout.buttons}>
            <BusyButton appearance="primary" testId="save-own-form" busy={busy === "save-own"} disabled={disabled || problems.length > 0} onClick={save}>
              {t.save}
            </BusyButton>
            <BusyButton testId="download-own-form" disabled={disabled || problems.length > 0} onClick={download}>
              {t.download}
            </BusyButton>
          </div>
        </section>
      )}
      <OwnFormList />
    </div>
  );
}
