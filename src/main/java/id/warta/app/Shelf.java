package id.warta.app;

/** The library views at the top of the sidebar: Semua, Belum dibaca, Berbintang. */
public enum Shelf {
    ALL, UNREAD, STARRED;

    public boolean admits(ArticleRow row) {
        return switch (this) {
            case ALL -> true;
            case UNREAD -> !row.isRead();
            case STARRED -> row.isStarred();
        };
    }
}
