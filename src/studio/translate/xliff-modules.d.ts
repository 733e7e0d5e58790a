/** The two functions of the xliff package the Studio uses (it ships no types). Synchronous when given a callback. */
declare module 'xliff/jsToXliff12' {
  export interface XliffUnit {
    source: string;
    target?: string;
    note?: string | string[];
  }
  export interface XliffDocument {
    sourceLanguage: string;
    targetLanguage?: string;
    resources: Record<string, Record<string, XliffUnit>>;
  }
  export default function jsToXliff12(document: XliffDocument, options: { indent?: string }, callback: (error: Error | null, xml: string) => void): void;
}
declare module 'xliff/xliff12ToJs' {
  export default function xliff12ToJs(
    xml: string,
    options: { captureSpacesBetweenElements?: boolean },
    callback: (error: Error | null, document: unknown) => void,
  ): void;
}
