import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { generateValidatorSource, OUTPUT_PATH, SCHEMA_PATH } from "../../scripts/compile-form-schema";

describe("the generated template validator", () => {
  it("is what scripts/compile-form-schema.ts makes of form.schema.json today (run it after editing the schema)", () => {
    expect(readFileSync(OUTPUT_PATH, "utf8") === generateValidatorSource(), "stale: node --import tsx scripts/compile-form-schema.ts").toBe(true);
  });

  it("changes when the schema changes, so the check above can fail", () => {
    const schema = JSON.parse(readFileSync(SCHEMA_PATH, "utf8"));
    schema.required = [...schema.required, "unit"];
    expect(generateValidatorSource(JSON.stringify(schema))).not.toBe(generateValidatorSource());
  });

  it("needs no eval and no Ajv at run time (the task pane's CSP has no 'unsafe-eval')", () => {
    const code = readFileSync(OUTPUT_PATH, "utf8");
    expect(code).not.toMatch(/\bnew Function\b|\beval\(|\brequire\(|^\s*import\b/m);
  });

  it("publishes the schema under a stable $id", () => {
    const schema = JSON.parse(readFileSync(SCHEMA_PATH, "utf8"));
    expect(schema.$id).toBe("urn:tong-hop:schema:form-template:1");
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
  });
});
