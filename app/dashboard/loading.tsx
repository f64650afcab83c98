export { PageLoading as default } from "@/components/layout/PageLoading";
