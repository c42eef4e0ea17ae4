/** The parts of mark.js 8.11 that the benchmark uses (the package ships no types of its own). */
declare module 'mark.js' {
  interface MarkCommonOptions {
    element?: string;
    className?: string;
    exclude?: string[];
    acrossElements?: boolean;
    each?(element: HTMLElement): void;
    /** For mark(): the keyword; for markRegExp(): the matched string. */
    filter?(textNode: Text, term: string, totalCounter: number, counter: number): boolean;
    done?(totalCounter: number): void;
  }
  interface MarkOptions extends MarkCommonOptions {
    separateWordSearch?: boolean;
    accuracy?: 'partially' | 'complementary' | 'exactly';
    diacritics?: boolean;
    caseSensitive?: boolean;
    ignoreJoiners?: boolean;
  }
  interface MarkRegExpOptions extends MarkCommonOptions {
    ignoreGroups?: number;
  }
  class Mark {
    constructor(context: Element | string);
    mark(keywords: string | readonly string[], options?: MarkOptions): this;
    markRegExp(regexp: RegExp, options?: MarkRegExpOptions): this;
    unmark(options?: { element?: string; className?: string; exclude?: string[]; done?(): void }): this;
  }
  export = Mark;
}
