// The schema an imported article is shown in. Everything the sanitizer lets through must have a
// node or mark here, or the editor drops it; article-extensions.test.ts measures that.
import { TableKit } from "@tiptap/extension-table";
import StarterKit from "@tiptap/starter-kit";
import { ArticleImage } from "./extensions/article-image";
import { ArticleTable } from "./extensions/article-table";
import { Figure } from "./extensions/figure";
import { FigureCaption } from "./extensions/figure-caption";

export const articleExtensions = [
  StarterKit.configure({ link: { openOnClick: false } }),
  TableKit.configure({ table: false }),
  ArticleTable.configure({ View: null }),
  ArticleImage,
  Figure,
  FigureCaption,
];
