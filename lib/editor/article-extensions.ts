// The schema an imported article is shown in. Everything the sanitizer lets through must have a
// node or mark here, or the editor drops it; article-extensions.test.ts measures that.
import Image from "@tiptap/extension-image";
import { TableKit } from "@tiptap/extension-table";
import StarterKit from "@tiptap/starter-kit";
import { Figure } from "./extensions/figure";
import { FigureCaption } from "./extensions/figure-caption";

export const articleExtensions = [StarterKit.configure({ link: { openOnClick: false } }), TableKit, Image, Figure, FigureCaption];
