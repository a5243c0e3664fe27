"""The browser channel: a Chainlit app that translates between the browser and `Coach`."""
