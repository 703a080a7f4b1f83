/** How a consumer's revocation reached the party recording it. */
export const revocationChannels = ["web", "sms", "call", "email", "other"] as const;
export type RevocationChannel = (typeof revocationChannels)[number];
