export { askBy, askByTime, askedAt } from './ask-by';
export { offerDeadline, deadlineInSentence } from './deadline';
export { isOpenProcess, openOffer, otherOpenApplications, stageRank, toldOf } from './others';
export { decisionTimeline, type TimelineOffer, type TimelineOther } from './timeline';
