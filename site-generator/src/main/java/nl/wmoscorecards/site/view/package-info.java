/**
 * What the templates see: plain records with every text already formatted in Dutch, so templates only
 * arrange markup. Public because Freemarker reads only public types.
 */
package nl.wmoscorecards.site.view;
