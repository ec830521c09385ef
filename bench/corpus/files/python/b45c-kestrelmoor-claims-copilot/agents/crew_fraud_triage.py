"""CrewAI crew that triages suspicious motor claims before a handler sees them."""
import os

from crewai import LLM, Agent, Crew, Process, Task
from crewai_tools import SerperDevTool

os.environ["SERPER_API_KEY"] = "⟦b45c_serper_api_key⟧"  # web search for company/garage checks
os.environ.setdefault("AGENTOPS_API_KEY", "⟦b45c_agentops_api_key⟧")

llm = LLM(
    model="groq/llama-3.3-70b-versatile",
    api_key=os.getenv("GROQ_API_KEY", "⟦groq_api_key:crew⟧"),
    temperature=0.1,
)

search = SerperDevTool(n_results=5)

investigator = Agent(
    role="Claims investigator",
    goal="Spot inconsistencies between the claim narrative, the garage invoice and public records",
    backstory="Ten years in motor fraud at a UK insurer. Sceptical but fair.",
    tools=[search],
    llm=llm,
    verbose=True,
)

summariser = Agent(
    role="Triage summariser",
    goal="Write a 5-line triage note with a risk score from 1 to 5",
    backstory="Writes for busy claims handlers.",
    llm=llm,
)

investigate = Task(
    description="Claim {claim_id}: {narrative}. Garage: {garage}. Check the garage exists and matches the invoice.",
    expected_output="Bullet list of findings with sources",
    agent=investigator,
)
summarise = Task(description="Summarise the findings for the handler.", expected_output="Triage note", agent=summariser)

crew = Crew(agents=[investigator, summariser], tasks=[investigate, summarise], process=Process.sequential)

if __name__ == "__main__":
    print(crew.kickoff(inputs={"claim_id": "MTR-2291-88", "narrative": "rear-ended at lights", "garage": "Ashby Motor Works, Leicester"}))
