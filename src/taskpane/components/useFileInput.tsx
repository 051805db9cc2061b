import { makeStyles } from "@fluentui/react-components";
import { useRef } from "react";

const useStyles = makeStyles({ input: { display: "none" } });

export interface FileInputProps {
  /** What the dialog offers (the reader or the loader checks the real content). */
  accept: string;
  multiple?: boolean;
  testId: string;
  /** The input's name for assistive technology (it is hidden; a button opens it). */
  label: string;
  /** The files picked; never called for an empty pick. */
  onFiles(files: File[]): void;
}

/**
 * A hidden file input and the function that opens its dialog, for a visible Button to call: the pickers'
 * one way of choosing files (the input stays out of the tab order; the button is what is focused).
 */
export function useFileInput({ accept, multiple = false, testId, label, onFiles }: FileInputProps) {
  const styles = useStyles();
  const ref = useRef<HTMLInputElement>(null);
  const input = (
    <input
      ref={ref}
      className={styles.input}
      type="file"
      multiple={multiple}
      accept={accept}
      data-testid={testId}
      aria-label={label}
      tabIndex={-1}
      onChange={(e) => {
        const files = Array.from(e.currentTarget.files ?? []);
        // Cleared so that picking the same file again (after fixing it) fires a change.
        e.currentTarget.value = "";
        if (files.length) onFiles(files);
      }}
    />
  );
  return { input, open: () => ref.current?.click() };
}
