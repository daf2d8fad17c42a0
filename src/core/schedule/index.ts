export { nextCheckIn } from './next';
export { competingOfferKey, planExpiresAt, planFollowUps } from './plan';
