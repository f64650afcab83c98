import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { ActionForm, FormField } from "@/components/admin/ActionForm";
import { RatingBadge } from "@/components/ratings/RatingBadge";
import { moveRatingAction, retireRatingAction, saveRatingAction } from "@/lib/actions/admin";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { RATING_ICONS } from "@/lib/domain/ratings/default-scale";
import { can } from "@/lib/permissions";
import { listScale } from "@/lib/server/admin/manage-rating-scale";

export const metadata: Metadata = { title: "Rating scale" };
const ICON_OPTIONS = RATING_ICONS.map((icon) => ({ value: icon, label: icon }));

type RatingFields = { id?: string; label: string; value: number | null; description: string; color: string; icon: string };

function RatingFieldset({ rating, prefix }: { rating: RatingFields; prefix: string }) {
  return (
    <div className="rating-fields">
      {rating.id && <input type="hidden" name="ratingId" value={rating.id} />}
      <FormField idPrefix={prefix} name="label" label="Label" defaultValue={rating.label} />
      <FormField
        idPrefix={prefix}
        name="value"
        label="Value"
        type="number"
        defaultValue={rating.value === null ? "" : String(rating.value)}
        hint="Empty: outside the numeric scale."
      />
      <FormField idPrefix={prefix} name="color" label="Colour" type="color" defaultValue={rating.color} />
      <FormField idPrefix={prefix} name="icon" label="Icon" defaultValue={rating.icon} options={ICON_OPTIONS} />
      <FormField idPrefix={prefix} name="description" label="Description" multiline defaultValue={rating.description} />
    </div>
  );
}

export default async function ScalePage() {
  const actor = await requirePageActor("/admin/scale");
  if (!can(actor, "rating-scale.manage")) forbidden();
  const all = await listScale({ actor });
  const ratings = all.filter((rating) => !rating.retiredAt);
  const retired = all.filter((rating) => rating.retiredAt);
  return (
    <div className="page">
      <h1>Rating scale</h1>
      <p className="page-lede">
        From best to worst, then the ratings outside the numeric range. Each rating is shown by its label, icon and colour together;
        ClaimReview uses the values (best and worst are the highest and lowest).
      </p>
      <ol className="stack rating-admin-list">
        {ratings.map((rating, index) => (
          <li key={rating.id} className="card">
            <div className="rating-admin-head">
              <RatingBadge rating={rating} />
              <div className="button-row">
                {index > 0 && (
                  <ActionForm action={moveRatingAction} submitLabel={`Move ${rating.label} up`} quiet success="Moved.">
                    <input type="hidden" name="ratingId" value={rating.id} />
                    <input type="hidden" name="direction" value="up" />
                  </ActionForm>
                )}
                <ActionForm action={retireRatingAction} submitLabel={`Retire ${rating.label}`} quiet success="Retired.">
                  <input type="hidden" name="ratingId" value={rating.id} />
                  <input type="hidden" name="retired" value="true" />
                </ActionForm>
                {index < ratings.length - 1 && (
                  <ActionForm action={moveRatingAction} submitLabel={`Move ${rating.label} down`} quiet success="Moved.">
                    <input type="hidden" name="ratingId" value={rating.id} />
                    <input type="hidden" name="direction" value="down" />
                  </ActionForm>
                )}
              </div>
            </div>
            <ActionForm action={saveRatingAction} submitLabel={`Save ${rating.label}`} label={`Rating ${rating.label}`}>
              <RatingFieldset rating={rating} prefix={`r${index}-`} />
            </ActionForm>
          </li>
        ))}
      </ol>
      {retired.length > 0 && (
        <section aria-labelledby="retired-heading">
          <h2 id="retired-heading">Retired ratings</h2>
          <p className="muted">Offered no more for new verdicts. Claims and published fact-checks that carry one keep it.</p>
          <ul className="stack rating-admin-list">
            {retired.map((rating) => (
              <li key={rating.id} className="card rating-admin-head">
                <RatingBadge rating={rating} />
                <ActionForm action={retireRatingAction} submitLabel={`Restore ${rating.label}`} quiet success="Restored.">
                  <input type="hidden" name="ratingId" value={rating.id} />
                  <input type="hidden" name="retired" value="false" />
                </ActionForm>
              </li>
            ))}
          </ul>
        </section>
      )}
      <h2>Add a rating</h2>
      <ActionForm
        action={saveRatingAction}
        submitLabel="Add rating"
        success="Rating added."
        resetOnSuccess
        className="card"
        label="Add a rating"
      >
        <RatingFieldset rating={{ label: "", value: null, description: "", color: "#4b5563", icon: "question" }} prefix="new-" />
      </ActionForm>
    </div>
  );
}
