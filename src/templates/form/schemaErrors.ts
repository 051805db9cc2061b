import { problem, type FormProblem } from "./problems";

/** The part of Ajv's error object that the standalone validator fills in. */
export interface SchemaError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

const TYPE_VI: Record<string, string> = {
  string: "chuỗi ký tự",
  integer: "số nguyên",
  number: "số",
  boolean: "true hoặc false",
  array: "mảng",
  object: "đối tượng",
};

/** RFC 6901: `~` and `/` inside a key are escaped. */
function child(pointer: string, key: string): string {
  return `${pointer}/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`;
}

function one(e: SchemaError): FormProblem | null {
  const at = e.instancePath;
  const p = e.params;
  switch (e.keyword) {
    case "required": {
      const f = String(p.missingProperty);
      return problem(child(at, f), `Thiếu trường bắt buộc "${f}"`, `Missing required field "${f}"`);
    }
    case "additionalProperties": {
      const f = String(p.additionalProperty);
      return problem(child(at, f), `Trường "${f}" không có trong lược đồ mẫu biểu (viết sai tên?)`, `Unknown field "${f}" (misspelt?)`);
    }
    case "type": {
      const t = String(p.type);
      return problem(at, `Phải là ${TYPE_VI[t] ?? t}`, `Must be ${t === "integer" ? "an integer" : `of type ${t}`}`);
    }
    case "enum": {
      const list = (p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(", ");
      return problem(at, `Phải là một trong: ${list}`, `Must be one of: ${list}`);
    }
    case "const":
      return problem(at, `Phải là ${JSON.stringify(p.allowedValue)}`, `Must be ${JSON.stringify(p.allowedValue)}`);
    case "pattern":
      return String(p.pattern) === "\\S"
        ? problem(at, "Không được để trống", "Must not be blank")
        : problem(at, `Mã không hợp lệ (chỉ gồm chữ không dấu, chữ số, "_" và ".")`, `Not a valid code (plain letters, digits, "_" and "." only)`);
    case "minItems":
      return problem(at, `Phải có ít nhất ${String(p.limit)} phần tử`, `Must have at least ${String(p.limit)} item(s)`);
    case "uniqueItems":
      return problem(at, `Có phần tử trùng nhau (vị trí ${String(p.j)} và ${String(p.i)})`, `Items ${String(p.j)} and ${String(p.i)} are the same`);
    case "minimum":
    case "maximum": {
      const sign = e.keyword === "minimum" ? "≥" : "≤";
      return problem(at, `Phải ${sign} ${String(p.limit)}`, `Must be ${sign} ${String(p.limit)}`);
    }
    case "propertyNames":
      return problem(child(at, String(p.propertyName)), `Mã cột "${String(p.propertyName)}" không hợp lệ`, `"${String(p.propertyName)}" is not a valid column code`);
    case "if":
      // The failing `then` branch reports the field itself.
      return null;
    default:
      return problem(at, `Không đúng lược đồ mẫu biểu (${e.keyword})`, `Does not match the template schema: ${e.message ?? e.keyword}`);
  }
}

/** Ajv's errors as problems, one per field and message. */
export function schemaProblems(errors: readonly SchemaError[]): FormProblem[] {
  const seen = new Set<string>();
  const out: FormProblem[] = [];
  for (const e of errors) {
    const p = one(e);
    if (!p) continue;
    // A pattern error on a property name repeats the propertyNames one.
    if (e.keyword === "pattern" && e.params.pattern !== "\\S" && errors.some((o) => o.keyword === "propertyNames" && o.instancePath === e.instancePath)) continue;
    const key = `${p.pointer}\u0000${p.en}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(p);
  }
  return out;
}
