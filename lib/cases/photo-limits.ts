// Shared by the photo form (checked before sending) and the server (checked again on upload).

/** The size promised to users ("5 MB at most"). */
export const MAX_PHOTO_BYTES = 5 * 1024 * 1024;

export const PHOTO_ACCEPT = "image/jpeg,image/png,image/webp";
