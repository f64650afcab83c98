import { redirect } from "next/navigation";

// Mentions are notifications now (MENTIONED): old links and bookmarks land on the Notifications page.
export default function MentionsPage() {
  redirect("/notifications");
}
