// Every use-case built with defineUseCase, by name: what the fuzz test drives with hostile input
// (and what an API can expose). A new use-case belongs here.
import { updateUser } from "./admin/manage-users";
import { moveRating, retireRating, saveRating } from "./admin/manage-rating-scale";
import { updatePublisherProfile } from "./admin/update-publisher-profile";
import { addArticleRevision } from "./articles/add-revision";
import { getArticleChanges } from "./articles/get-article-changes";
import { importArticle } from "./articles/import-article";
import { previewArticleUrl } from "./articles/preview-article-url";
import { getClaimantRecord, mergeClaimants, updateClaimant } from "./claimants/claimant-record";
import { createClaimant, searchClaimants } from "./claimants/find-or-create-claimant";
import { addSource } from "./claims/add-source";
import { linkClaimMatch, similarForClaim, unlinkClaimMatch } from "./claims/claim-matches";
import { createClaim } from "./claims/create-claim";
import { deleteClaim } from "./claims/delete-claim";
import { editSource } from "./claims/edit-source";
import { removeSource } from "./claims/remove-source";
import { reattachClaim } from "./claims/reattach-claim";
import { reopenClaim } from "./claims/reopen-claim";
import { submitClaim } from "./claims/submit-claim";
import { updateClaim } from "./claims/update-claim";
import { addComment } from "./comments/add-comment";
import { publishArticle } from "./publications/publish-article";
import { unpublishArticle } from "./publications/unpublish-article";
import { approveClaim } from "./reviews/approve-claim";
import { importClaimReviews } from "./reference/import-claim-reviews";
import { searchReferenceArchive } from "./reference/search-reference-archive";
import { requestChanges } from "./reviews/request-changes";
import { searchDesk } from "./search/search-desk";
import { createApiToken, revokeApiToken } from "./api-tokens/manage-api-tokens";
import { scoreText } from "./check-worthiness/score-text";
import { suggestClaims } from "./check-worthiness/suggest-claims";
import { exportClaims } from "./claims/export-claims";
import { bulkUpdateArticles } from "./claims/bulk-update-articles";
import { bulkUpdateClaims } from "./claims/bulk-update-claims";
import { listDeskClaims } from "./claims/list-desk-claims";
import { listArticleClaims } from "./claims/list-article-claims";
import { getFactCheck } from "./publications/get-fact-check";
import { listFactChecks } from "./publications/list-fact-checks";
import { findSimilarClaims } from "./similar/find-similar-claims";
import { listMyNotifications, markAllNotificationsRead, openNotification } from "./notifications/my-notifications";
import { saveNotificationSettings } from "./notifications/notification-settings";

export const USE_CASES = {
  updateUser,
  moveRating,
  saveRating,
  retireRating,
  updatePublisherProfile,
  importArticle,
  addArticleRevision,
  reattachClaim,
  similarForClaim,
  linkClaimMatch,
  unlinkClaimMatch,
  previewArticleUrl,
  getArticleChanges,
  createClaimant,
  searchClaimants,
  getClaimantRecord,
  updateClaimant,
  mergeClaimants,
  addSource,
  editSource,
  createClaim,
  deleteClaim,
  removeSource,
  reopenClaim,
  submitClaim,
  updateClaim,
  addComment,
  publishArticle,
  unpublishArticle,
  approveClaim,
  requestChanges,
  searchDesk,
  createApiToken,
  revokeApiToken,
  listFactChecks,
  getFactCheck,
  findSimilarClaims,
  scoreText,
  suggestClaims,
  listArticleClaims,
  exportClaims,
  bulkUpdateClaims,
  bulkUpdateArticles,
  listDeskClaims,
  listMyNotifications,
  openNotification,
  markAllNotificationsRead,
  saveNotificationSettings,
  importClaimReviews,
  searchReferenceArchive,
};

/** Use-cases that only read: a malformed but harmless input may still get an answer. */
export const READ_ONLY_USE_CASES = new Set<keyof typeof USE_CASES>([
  "similarForClaim",
  "getClaimantRecord",
  "searchDesk",
  "searchClaimants",
  "searchReferenceArchive",
  "listFactChecks",
  "getFactCheck",
  "findSimilarClaims",
  "scoreText",
  "suggestClaims",
  "listArticleClaims",
  "exportClaims",
  "listDeskClaims",
  "getArticleChanges",
  "listMyNotifications",
]);
