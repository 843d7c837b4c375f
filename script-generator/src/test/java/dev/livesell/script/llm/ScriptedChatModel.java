package dev.livesell.script.llm;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Function;

/**
 * A test double for a langchain4j {@link ChatModel}: answers each request with the next prepared reply (a text, or
 * a function of the request that may throw) and records every request. With no reply left it fails the test's
 * expectation loudly. Thread-safe.
 */
final class ScriptedChatModel implements ChatModel {
    private final Deque<Function<ChatRequest, String>> replies = new ArrayDeque<>();
    private final List<ChatRequest> requests = new ArrayList<>();

    /** Replies with these texts, in order. */
    static ScriptedChatModel replying(String... texts) {
        ScriptedChatModel m = new ScriptedChatModel();
        for (String t : texts) {
            m.then(r -> t);
        }
        return m;
    }

    /** Appends a reply computed from the request (it may throw, as a provider's client does). */
    synchronized ScriptedChatModel then(Function<ChatRequest, String> reply) {
        replies.add(reply);
        return this;
    }

    /** Appends a reply that throws this exception. */
    ScriptedChatModel thenThrow(RuntimeException e) {
        return then(r -> {
            throw e;
        });
    }

    @Override
    public ChatResponse doChat(ChatRequest request) {
        Function<ChatRequest, String> next;
        synchronized (this) {
            requests.add(request);
            next = replies.poll();
        }
        if (next == null) {
            throw new AssertionError("no reply prepared for request " + requests.size() + ": " + lastUserText(request));
        }
        return ChatResponse.builder().aiMessage(AiMessage.from(next.apply(request))).build();
    }

    synchronized List<ChatRequest> requests() {
        return List.copyOf(requests);
    }

    /** The text of the first user message of a request (the task and its DATA block). */
    static String firstUserText(ChatRequest r) {
        return r.messages().stream().filter(m -> m instanceof UserMessage).map(m -> ((UserMessage) m).singleText()).findFirst().orElse("");
    }

    /** The text of the last user message of a request. */
    static String lastUserText(ChatRequest r) {
        String last = "";
        for (ChatMessage m : r.messages()) {
            if (m instanceof UserMessage u) {
                last = u.singleText();
            }
        }
        return last;
    }
}
