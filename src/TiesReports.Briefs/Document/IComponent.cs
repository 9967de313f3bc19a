namespace TiesReports.Briefs.Document;

/// <summary>One section of the brief: it turns its part of the briefing into blocks of the flow.</summary>
public interface IComponent
{
    void Compose(Flow flow);
}
