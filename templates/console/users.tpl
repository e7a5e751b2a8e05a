{{%AUTOESCAPE context="HTML"}}
{{! Users list. Q; USERS (ID USERNAME DISPLAY_NAME ROLES CREATED; ACTIVE / MUST_CHANGE / DISABLED); NO_USERS. }}
<header class="page-header"><h1>用户管理</h1><div><a class="btn btn-primary" href="/console/users/new">新增用户</a></div></header>
<form class="filters" method="get" action="/console/users" role="search">
<div class="field"><label for="user-q">按用户名或姓名查找</label><input id="user-q" name="q" type="text" value="{{Q}}"></div>
<button type="submit" class="btn btn-secondary">查找</button>
</form>
{{#NO_USERS}}<p class="empty-state">没有符合条件的用户。</p>{{/NO_USERS}}
<div class="table-wrap" tabindex="0" role="region" aria-label="用户列表">
<table class="table">
<thead><tr><th scope="col">用户名</th><th scope="col">姓名</th><th scope="col">角色</th><th scope="col">状态</th><th scope="col">创建时间</th><th scope="col"><span class="sr-only">操作</span></th></tr></thead>
<tbody>{{#USERS}}
<tr><td class="code">{{USERNAME}}</td><td>{{DISPLAY_NAME}}</td><td>{{ROLES}}</td>
<td>{{#ACTIVE}}<span class="badge badge-ok">正常</span>{{/ACTIVE}}{{#MUST_CHANGE}}<span class="badge badge-warn">待修改密码</span>{{/MUST_CHANGE}}{{#DISABLED}}<span class="badge badge-muted">已停用</span>{{/DISABLED}}</td>
<td>{{CREATED}}</td>
<td class="actions"><a class="btn btn-secondary btn-small" href="/console/users/{{ID}}">编辑<span class="sr-only">{{USERNAME}}</span></a></td></tr>{{/USERS}}
</tbody>
</table>
</div>
