/** The API version every fixture is shaped like (the one pinned by stripe-node 23.1.0). */
export const API_VERSION = '2026-10-28.endive';
