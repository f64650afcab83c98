// Opening a notification: marks it read, then goes to what it is about (the workbench with the
// claim open). A route, not a page: the list's links reach it only when someone follows them.
import { getActor } from "@/lib/auth/get-actor";
import { publicOrigin } from "@/lib/config/public-origin";
import { toAppError } from "@/lib/errors";
import { openNotification } from "@/lib/server/notifications/my-notifications";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const origin = publicOrigin(request.headers);
  try {
    const path = await openNotification({ actor: await getActor(), input: { notificationId: id } });
    return Response.redirect(new URL(path, origin), 303);
  } catch (error) {
    const known = toAppError(error);
    if (!known) throw error;
    const back =
      known.code === "UNAUTHENTICATED" ? `/signin?callbackUrl=${encodeURIComponent(`/notifications/open/${id}`)}` : "/notifications";
    return Response.redirect(new URL(back, origin), 303);
  }
}
