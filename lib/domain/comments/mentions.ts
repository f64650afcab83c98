// @mentions in comments. A person's handle is the part of their email before the @ (so
// "@reviewer2" reaches reviewer2@example.org): unique, typeable, and shown beside the comment box.
export type Mentionable = { id: string; email: string };

export function handleOf(email: string): string {
  return email.split("@")[0]!.toLowerCase();
}

/** The ids of the people a comment mentions, each once, in the order of `people`. */
export function mentionedIds(body: string, people: readonly Mentionable[]): string[] {
  const handles = new Set(
    // Not preceded by a word character, so email addresses in the text are not mentions.
    [...body.matchAll(/(?<![\w.])@([a-z0-9][a-z0-9._-]*)/gi)].map((match) => match[1]!.toLowerCase().replace(/[._-]+$/, "")),
  );
  return people.filter((person) => handles.has(handleOf(person.email))).map((person) => person.id);
}
