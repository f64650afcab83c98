// The subset of tiptap/ProseMirror JSON the verdict explanation uses. Typed, never z.any().
import { z } from "zod";

const markSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("bold") }),
  z.object({ type: z.literal("italic") }),
  z.object({
    type: z.literal("link"),
    attrs: z.object({ href: z.string().url().max(2048) }).passthrough(),
  }),
]);

const textNodeSchema = z.object({
  type: z.literal("text"),
  text: z.string().min(1),
  marks: z.array(markSchema).optional(),
});

export type RichTextNode =
  | z.infer<typeof textNodeSchema>
  | { type: "hardBreak" }
  | { type: "paragraph" | "bulletList" | "orderedList" | "listItem" | "blockquote"; content?: RichTextNode[] };

export const richTextNodeSchema: z.ZodType<RichTextNode> = z.lazy(() =>
  z.union([
    textNodeSchema,
    z.object({ type: z.literal("hardBreak") }),
    z.object({
      type: z.enum(["paragraph", "bulletList", "orderedList", "listItem", "blockquote"]),
      content: z.array(richTextNodeSchema).optional(),
    }),
  ]),
);

export const richTextDocSchema = z.object({
  type: z.literal("doc"),
  content: z.array(richTextNodeSchema).max(500),
});
export type RichTextDoc = z.infer<typeof richTextDocSchema>;
