/** The part of saxen's API this project uses (saxen ships no types). */
declare module 'saxen' {
  type Decode = (text: string) => string;
  type ContextGetter = () => unknown;
  export class Parser {
    constructor(options?: { proxy?: boolean });
    on(event: 'openTag', handler: (name: string, attrs: () => Record<string, string>, decode: Decode, selfClosing: boolean, context: ContextGetter) => void): this;
    on(event: 'closeTag', handler: (name: string, decode: Decode, selfClosing: boolean, context: ContextGetter) => void): this;
    on(event: 'text', handler: (value: string, decode: Decode, context: ContextGetter) => void): this;
    on(event: 'cdata', handler: (value: string, context: ContextGetter) => void): this;
    on(event: 'error' | 'warn', handler: (error: Error, context: ContextGetter) => void): this;
    ns(mapping?: Record<string, string>): this;
    parse(xml: string): this;
  }
}
