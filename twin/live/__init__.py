"""Qt-free IT-load sources: simulated profiles, file replay, MQTT; ring buffers."""
