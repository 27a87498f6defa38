// What a library row carries when dragged: the article id, under a type of our own, so a drop
// target (the reader's second pane) can tell an article from a dropped file or text.
export const ARTICLE_DRAG_TYPE = 'application/x-zhiyan-article';
