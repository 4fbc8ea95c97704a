/**
 * Moved: share cards' paths and words are page data (pageData/shareCards.ts)
 * and their PNGs come from the share-card endpoint. Kept only so that the
 * routes importing `regionCard` and `practiceCard` from here keep working
 * until they import pageData/shareCards.ts; then this folder goes.
 */
export { practiceCard, practiceCardContent, practiceCardPath, regionCard, regionCardContent, regionCardPath, siteCard, siteCardPath } from '../../pageData/shareCards.ts';
export type { ShareImage } from '../../pageData/shareCards.ts';
