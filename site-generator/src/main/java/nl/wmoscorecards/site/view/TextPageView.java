package nl.wmoscorecards.site.view;

/** A page whose text lives in its template, such as the accessibility statement. */
public record TextPageView(PageInfo page, String heading) {
}
