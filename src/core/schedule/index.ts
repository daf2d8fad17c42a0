export { planExpiresAt, planFollowUps } from './plan';
