export { nextCheckIn } from './next';
export { planExpiresAt, planFollowUps } from './plan';
