// The subset of tiptap/ProseMirror JSON the verdict explanation uses. Typed, never z.any(): it
// accepts exactly what the explanation editor produces (links with http, https or mailto
// addresses) and refuses anything else on that field with its own message.
import { z } from "zod";

const LINK_SCHEMES = ["http:", "https:", "mailto:"];
const MAX_DEPTH = 10;

const hrefSchema = z
  .string()
  .max(2048, "Keep link addresses under 2,048 characters.")
  .refine((href) => {
    try {
      return LINK_SCHEMES.includes(new URL(href).protocol);
    } catch {
      return false;
    }
  }, "Links must start with http://, https:// or mailto:.");

const markSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("bold") }),
  z.object({ type: z.literal("italic") }),
  z.object({
    type: z.literal("link"),
    // Only the address is kept: tiptap's target, rel, class and title are its own defaults, and
    // keeping them would make an unchanged explanation look changed (voiding an approval).
    attrs: z.object({ href: hrefSchema }),
  }),
]);

const textNodeSchema = z.object({
  type: z.literal("text"),
  text: z.string().min(1).max(20_000),
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

function depthOf(nodes: readonly RichTextNode[] | undefined): number {
  return nodes?.length ? 1 + Math.max(...nodes.map((node) => ("content" in node ? depthOf(node.content) : 0))) : 0;
}

export const richTextDocSchema = z
  .object({
    type: z.literal("doc"),
    content: z.array(richTextNodeSchema).max(500),
  })
  .refine((doc) => depthOf(doc.content) <= MAX_DEPTH, `Lists and quotes nest at most ${MAX_DEPTH} levels deep.`);
export type RichTextDoc = z.infer<typeof richTextDocSchema>;
