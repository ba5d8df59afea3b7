using Panelist.Domain.Fairness;

namespace Panelist.Api.CandidatePages;

/// <summary>The voluntary demographics form's words in one language; a language without them falls back to English.</summary>
public sealed record DemographicsFormText(
    string Language,
    string Heading,
    string Voluntary,
    string Use,
    string Unanswered,
    string SexLegend,
    IReadOnlyDictionary<Sex, string> Sexes,
    string RaceLegend,
    IReadOnlyDictionary<RaceEthnicity, string> Races,
    string Submit,
    string Thanks,
    string AlreadyAnswered)
{
    public static readonly DemographicsFormText English = new(
        "en", "About you (voluntary)",
        "Answering is entirely voluntary. Whether and how you answer has no effect on your application, and your interviewer and the recruiting team never see it.",
        "Your answers are kept apart from your interview, encrypted, and used only to check, in totals, that interview decisions are fair to every group. "
            + "They are deleted if you ask for your data to be erased.",
        "A question you leave unanswered is recorded as \"I prefer not to answer\".",
        "Sex",
        new Dictionary<Sex, string> { [Sex.Female] = "Female", [Sex.Male] = "Male", [Sex.DeclineToAnswer] = "I prefer not to answer" },
        "Race/ethnicity",
        new Dictionary<RaceEthnicity, string>
        {
            [RaceEthnicity.HispanicOrLatino] = "Hispanic or Latino",
            [RaceEthnicity.White] = "White",
            [RaceEthnicity.BlackOrAfricanAmerican] = "Black or African American",
            [RaceEthnicity.NativeHawaiianOrOtherPacificIslander] = "Native Hawaiian or Other Pacific Islander",
            [RaceEthnicity.Asian] = "Asian",
            [RaceEthnicity.AmericanIndianOrAlaskaNative] = "American Indian or Alaska Native",
            [RaceEthnicity.TwoOrMoreRaces] = "Two or more races",
            [RaceEthnicity.DeclineToAnswer] = "I prefer not to answer",
        },
        "Send my answers", "Thank you. Your answers were saved.", "You have answered already. Answering again replaces your earlier answers.");

    public static readonly DemographicsFormText German = new(
        "de", "Über Sie (freiwillig)",
        "Die Angaben sind völlig freiwillig. Ob und wie Sie antworten, hat keinen Einfluss auf Ihre Bewerbung; Ihre Interviewer und das Recruiting-Team sehen sie nie.",
        "Ihre Angaben werden getrennt von Ihrem Interview und verschlüsselt gespeichert und nur in Summen genutzt, um zu prüfen, dass Interviewentscheidungen "
            + "für jede Gruppe fair sind. Sie werden gelöscht, wenn Sie die Löschung Ihrer Daten verlangen.",
        "Eine unbeantwortete Frage wird als „Ich möchte nicht antworten“ gespeichert.",
        "Geschlecht",
        new Dictionary<Sex, string> { [Sex.Female] = "Weiblich", [Sex.Male] = "Männlich", [Sex.DeclineToAnswer] = "Ich möchte nicht antworten" },
        "Herkunft/ethnische Zugehörigkeit",
        new Dictionary<RaceEthnicity, string>
        {
            [RaceEthnicity.HispanicOrLatino] = "Hispanisch oder lateinamerikanisch",
            [RaceEthnicity.White] = "Weiß",
            [RaceEthnicity.BlackOrAfricanAmerican] = "Schwarz oder afroamerikanisch",
            [RaceEthnicity.NativeHawaiianOrOtherPacificIslander] = "Hawaiianisch oder pazifische Inseln",
            [RaceEthnicity.Asian] = "Asiatisch",
            [RaceEthnicity.AmericanIndianOrAlaskaNative] = "Indigen amerikanisch oder alaskisch",
            [RaceEthnicity.TwoOrMoreRaces] = "Zwei oder mehr Herkünfte",
            [RaceEthnicity.DeclineToAnswer] = "Ich möchte nicht antworten",
        },
        "Angaben senden", "Danke. Ihre Angaben wurden gespeichert.", "Sie haben bereits geantwortet. Eine neue Antwort ersetzt die frühere.");

    public static DemographicsFormText For(string language) => string.Equals(language, "de", StringComparison.OrdinalIgnoreCase) ? German : English;
}
