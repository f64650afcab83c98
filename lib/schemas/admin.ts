// Admin inputs: accounts, the publisher profile and the rating scale. Shared by forms and use-cases.
import { z } from "zod";
import { RATING_ICONS } from "@/lib/domain/ratings/default-scale";
import { formNumberSchema, idSchema as id, optionalHttpUrlSchema, wholeNumber } from "./common";
import { ROLES } from "./user";

export const updateUserSchema = z.object({
  userId: id,
  role: z.enum(ROLES, { message: "Choose a role." }).optional(),
  disabled: z.boolean().optional(),
});

export const publisherProfileSchema = z.object({
  name: z.string().trim().min(1, "Name the publisher.").max(200),
  url: optionalHttpUrlSchema("Enter the publisher's full web address."),
  logoUrl: optionalHttpUrlSchema("Enter a full web address for the logo."),
  description: z.string().trim().max(1000),
  requiredApprovals: formNumberSchema(wholeNumber().min(1, "At least one approval is required.").max(5, "At most five approvals.")),
});

export const ratingSchema = z.object({
  ratingId: id.optional(),
  label: z.string().trim().min(1, "Give the rating a label.").max(60),
  // Empty: outside the numeric range (like Unverifiable), not counted in ClaimReview's scale.
  value: z
    .union([z.literal(""), formNumberSchema(wholeNumber().min(1, "Use 1 or more: the worst numeric rating is 1.").max(100))])
    .transform((v) => (v === "" ? null : v)),
  description: z.string().trim().min(1, "Describe when this rating applies.").max(500),
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/, "Use a colour like #1d6b35."),
  icon: z.enum(RATING_ICONS, { message: "Choose an icon." }),
});

export const retireRatingSchema = z.object({ ratingId: id, retired: z.enum(["true", "false"]).transform((value) => value === "true") });

export const moveRatingSchema = z.object({ ratingId: id, direction: z.enum(["up", "down"]) });
