export { planFollowUps } from './plan';
