// A strict XML parse for tests of the feeds: jsdom's DOMParser (saxes), which reports any
// well-formedness error; a document that does not parse fails the test with the parser's message.
import { JSDOM } from "jsdom";

export function parseXml(text: string): Document {
  const document = new new JSDOM("").window.DOMParser().parseFromString(text, "application/xml");
  const error = document.getElementsByTagName("parsererror")[0];
  if (error) throw new Error(`Not well-formed XML: ${error.textContent}`);
  return document;
}

/** The text of the direct children of `parent` named `name` (Atom's namespace is the default one). */
export function childTexts(parent: Element | Document, name: string): string[] {
  const element = "documentElement" in parent ? parent.documentElement : parent;
  return [...element.children].filter((child) => child.localName === name).map((child) => child.textContent ?? "");
}
