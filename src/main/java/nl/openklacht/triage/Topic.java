package nl.openklacht.triage;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a message is about, from a short list of everyday words per department (Dutch and English).
 * The corpus holds a few dozen complaints per department, so words it lacks would otherwise carry
 * no weight at all; these cues let "kliko" or "bin" count as waste even when the corpus never said
 * them. They are features like any other: the model decides how much each one weighs.
 */
enum Topic {
    AFVAL(
            "afval",
            "afval(?!stoffenheffing)|vuilnis|container|kliko|\\bgft|\\bpmd|oud papier|papierbak|grofvuil"
                    + "|grof vuil|milieustraat|restafval|ophaaldag|opgehaald|ophalen|\\bgarbage|\\btrash|\\brubbish"
                    + "|\\bbins?\\b|\\bwaste|recycl"),
    PARKEREN(
            "parkeren",
            "parkeer|parkeren|geparkeerd|bezoekerspas|bezoekersregeling|naheffing|blauwe zone"
                    + "|\\bparking|\\bparked|laadpaal"),
    BELASTINGEN(
            "belastingen",
            "belasting|\\bwoz|\\bozb|heffing|aanslag|kwijtschelding|incasso|deurwaarder"
                    + "|aanmaning|betalingsregeling|\\btax"),
    BURGERZAKEN(
            "burgerzaken",
            "paspoort|id-kaart|identiteitskaart|rijbewijs|uittreksel|\\bbrp\\b|verhuiz"
                    + "|adreswijziging|inschrijving|ingeschreven|geboorteaangifte|huwelijk|trouwen|naturalisatie|\\bakte"
                    + "|passport|driving licen|\\bid card"),
    OPENBARE_RUIMTE(
            "openbare ruimte",
            "stoep|fietspad|lantaarn|straatverlichting|verlichting|\\bbomen|\\bboom"
                    + "|\\bberm|maaien|gemaaid|speeltuin|bankje|\\bkuil|\\bgat in|putdeksel|\\briool|tegels|plantsoen"
                    + "|\\bpothole|sidewalk|\\btrees?\\b|streetlight|playground"),
    VERGUNNINGEN(
            "vergunningen",
            "(?<!parkeer)(?<!bezoekers)vergunning|ontheffing|evenement|horeca|dakkapel"
                    + "|aanbouw|\\bkap\\w*vergunning|\\bpermit|\\blicense"),
    SOCIAAL_DOMEIN(
            "sociaal domein",
            "uitkering|bijstand|\\bwmo\\b|jeugdzorg|jeugdhulp|participatiewet|schuldhulp"
                    + "|thuiszorg|huishoudelijke hulp|scootmobiel|traplift|indicatie|keukentafel|mantelzorg|\\bpgb\\b"
                    + "|wijkteam|\\bwelfare|\\bbenefits?\\b"),
    HANDHAVING("handhaving", "handhav|\\bboa|overlast|illegaal|toezicht|\\benforcement|\\bnuisance"),
    KLANTCONTACT(
            "klantcontact",
            "gebeld|telefo|\\bbellen|terugbel|teruggebeld|wachttijd|in de wacht|doorverbonden"
                    + "|doorverwezen|kastje naar de muur|contactformulier|\\bmail|website|\\bchat|digid|helpdesk"
                    + "|klantcontact|\\bphone|\\bcalled|on hold");

    private final String label;
    private final Pattern pattern;

    Topic(String label, String regex) {
        this.label = label;
        this.pattern = Pattern.compile(regex);
    }

    String label() {
        return label;
    }

    static List<Topic> foundInText(String foldedText) {
        return Arrays.stream(values())
                .filter(topic -> topic.pattern.matcher(foldedText).find())
                .toList();
    }
}
