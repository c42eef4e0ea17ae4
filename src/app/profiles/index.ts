import type { ArticleKind } from '../../detect/detect';
import type { ArticleProfile } from './profile';
import { QBITAI_PROFILE } from './qbitai';
import { WIRED_PROFILE } from './wired';

const PROFILES: Record<ArticleKind, ArticleProfile> = { qbitai: QBITAI_PROFILE, wired: WIRED_PROFILE };

export function profileFor(kind: ArticleKind): ArticleProfile {
  return PROFILES[kind];
}

export type { ArticleProfile, CitationMarker, ProfileSetup } from './profile';
