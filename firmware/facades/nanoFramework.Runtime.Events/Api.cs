// Facade of nanoFramework.Runtime.Events 1.11.37 (nanoframework/nanoFramework.Runtime.Events: BaseEvent.cs).
namespace nanoFramework.Runtime.Events
{
    public class BaseEvent
    {
        public ushort Source;
        public byte Message;
    }
}
