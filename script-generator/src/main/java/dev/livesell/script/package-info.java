/**
 * Live-selling scripts and comment answers grounded in product facts and gated for compliance.
 *
 * <p>Pipeline: facts ({@link dev.livesell.script.FactSheet}: product, offer, screened merchant text) →
 * plan ({@link dev.livesell.script.plan.SessionPlanner}: timed segments) → lines (offline templates,
 * {@link dev.livesell.script.offline.OfflineScriptGenerator}, or a langchain4j chat model,
 * {@link dev.livesell.script.llm.LlmScriptGenerator}) → grounding check ({@link dev.livesell.script.GroundingChecker})
 * and compliance gate ({@link dev.livesell.script.gate.ComplianceGate}, backed by the fraud-detector) →
 * {@link dev.livesell.script.LiveScript}, rendered by {@link dev.livesell.script.render.ScriptFormat}.
 * Comments are answered by {@link dev.livesell.script.answer.CommentResponder}. The LLM path runs offline over recorded
 * replies with {@link dev.livesell.script.llm.replay.ReplayChatModel} (tests, {@code livesell script eval --replies}).
 */
package dev.livesell.script;
