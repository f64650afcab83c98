"use client";
// "Explanation": rich text limited to what the verdict schema stores and the reader page renders
// (paragraphs, lists, quotes, bold, italic, links), so nothing typed here is lost on publishing.
import { EditorContent, useEditor, useEditorState } from "@tiptap/react";
import Link from "@tiptap/extension-link";
import StarterKit from "@tiptap/starter-kit";
import { useEffect, useId, useState } from "react";
import type { RichTextDoc } from "@/lib/schemas/rich-text";

type Props = { value: RichTextDoc | null; onChange: (doc: RichTextDoc) => void; disabled: boolean; error?: string };

export function ExplanationEditor({ value, onChange, disabled, error }: Props) {
  const id = useId();
  const [linking, setLinking] = useState(false);
  const [href, setHref] = useState("https://");
  const editor = useEditor({
    immediatelyRender: false,
    editable: !disabled,
    content: value ?? "",
    extensions: [
      StarterKit.configure({
        heading: false,
        code: false,
        codeBlock: false,
        strike: false,
        underline: false,
        horizontalRule: false,
        link: false,
      }),
      // Typing after a link does not extend it (tiptap makes auto-linking marks inclusive).
      Link.extend({ inclusive: () => false }).configure({
        openOnClick: false,
        autolink: true,
        protocols: ["http", "https"],
        defaultProtocol: "https",
      }),
    ],
    editorProps: {
      attributes: {
        class: "rich-input",
        role: "textbox",
        "aria-multiline": "true",
        "aria-labelledby": `${id}-label`,
        ...(error ? { "aria-invalid": "true", "aria-describedby": `${id}-error` } : {}),
      },
    },
    // Through JSON and back: ProseMirror keeps mark attributes (a link's href) in objects without a
    // prototype, which a server action cannot send as data — the server received a stand-in
    // function and refused every save that contained a link.
    onUpdate: ({ editor: e }) => onChange(JSON.parse(JSON.stringify(e.getJSON())) as RichTextDoc),
  });
  // The panel opens the field after asking (EvidenceLock): follow it.
  useEffect(() => {
    // Without an update event: opening the field is not an edit.
    if (editor && editor.isEditable === disabled) editor.setEditable(!disabled, false);
  }, [editor, disabled]);
  const active = useEditorState({
    editor,
    selector: ({ editor: e }) => ({ bold: !!e?.isActive("bold"), italic: !!e?.isActive("italic"), link: !!e?.isActive("link") }),
  });

  const tool = (label: string, run: () => void, pressed?: boolean) => (
    <button
      type="button"
      className="tool-button"
      aria-pressed={pressed}
      disabled={disabled}
      onMouseDown={(e) => e.preventDefault()}
      onClick={run}
    >
      {label}
    </button>
  );
  function applyLink() {
    const target = href.trim();
    if (editor && /^https?:\/\/\S+\.\S+/.test(target)) {
      // With nothing selected the address itself becomes the linked text (setLink alone would
      // link only the next character typed).
      if (editor.state.selection.empty && !editor.isActive("link")) {
        editor
          .chain()
          .focus()
          .insertContent({ type: "text", text: target, marks: [{ type: "link", attrs: { href: target } }] })
          .run();
      } else editor.chain().focus().extendMarkRange("link").setLink({ href: target }).run();
    }
    setLinking(false);
  }

  return (
    <div className="field">
      <span className="label" id={`${id}-label`}>
        Explanation
      </span>
      <span className="muted">Why the rating: what the evidence shows, with links to it.</span>
      {!disabled && editor && (
        <div role="toolbar" aria-label="Explanation formatting" className="toolbar">
          {tool("Bold", () => editor.chain().focus().toggleBold().run(), active?.bold)}
          {tool("Italic", () => editor.chain().focus().toggleItalic().run(), active?.italic)}
          {tool("Bulleted list", () => editor.chain().focus().toggleBulletList().run())}
          {tool("Numbered list", () => editor.chain().focus().toggleOrderedList().run())}
          {active?.link ? tool("Remove link", () => editor.chain().focus().unsetLink().run()) : tool("Link", () => setLinking(true))}
        </div>
      )}
      {linking && (
        <div className="button-row">
          <label htmlFor={`${id}-href`} className="visually-hidden">
            Link address
          </label>
          <input
            id={`${id}-href`}
            type="url"
            value={href}
            autoFocus
            onChange={(e) => setHref(e.target.value)}
            onKeyDown={(e) => e.key === "Enter" && (e.preventDefault(), applyLink())}
          />
          <button type="button" className="button button--quiet" onClick={applyLink}>
            Apply link
          </button>
          <button type="button" className="link-button" onClick={() => setLinking(false)}>
            Cancel
          </button>
        </div>
      )}
      {editor ? <EditorContent editor={editor} /> : <div className="rich-input muted">Loading the editor…</div>}
      {error ? (
        <span className="field-error" id={`${id}-error`}>
          {error}
        </span>
      ) : null}
    </div>
  );
}
