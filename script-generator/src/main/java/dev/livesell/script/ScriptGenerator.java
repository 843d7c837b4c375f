package dev.livesell.script;

import dev.langchain4j.model.chat.ChatModel;
import dev.livesell.script.llm.LlmScriptGenerator;
import dev.livesell.script.offline.OfflineScriptGenerator;

/**
 * Writes a {@link LiveScript} for a {@link ScriptRequest}. Every implementation passes every line
 * through the compliance gate: no script leaves a generator with a line the fraud-detector flags.
 * Implementations are thread-safe.
 *
 * <pre>{@code
 * LiveScript offline = ScriptGenerator.offline().generate(request);
 * LiveScript llm = ScriptGenerator.withChatModel(OpenAiChatModel.builder()...build()).generate(request);
 * }</pre>
 */
public interface ScriptGenerator {
    /** Generates a script; fails with a {@code LivesellException} (see {@code isRetriable()}) when it cannot. */
    LiveScript generate(ScriptRequest request);

    /** The offline template generator with the default detector. See {@link OfflineScriptGenerator#builder()}. */
    static ScriptGenerator offline() {
        return OfflineScriptGenerator.builder().build();
    }

    /** A generator backed by a langchain4j chat model. See {@link LlmScriptGenerator#builder(ChatModel)}. */
    static ScriptGenerator withChatModel(ChatModel chatModel) {
        return LlmScriptGenerator.builder(chatModel).build();
    }
}
