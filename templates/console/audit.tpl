{{%AUTOESCAPE context="HTML"}}
{{! Audit log. ACTOR FROM TO OBJECT_TYPE; ACTION_OPTIONS (VALUE SELECTED); ENTRIES (AT ACTOR IP ACTION OBJECT SUMMARY;
    CHANGE (BEFORE AFTER)); NO_ENTRIES; PAGINATION (PAGE PAGES TOTAL; PREV/NEXT (URL)). }}
<header class="page-header"><h1>审计日志</h1></header>
<p class="muted">记录所有通过本系统进行的变更和登录事件，按时间倒序排列。审计日志只能查阅，不能修改或删除。</p>
<form class="filters" method="get" action="/console/audit" role="search" aria-label="筛选审计日志">
<div class="field"><label for="f-actor">操作人（用户名）</label><input id="f-actor" name="actor" type="text" value="{{ACTOR}}"></div>
<div class="field"><label for="f-action">操作</label><select id="f-action" name="action"><option value="">全部</option>{{#ACTION_OPTIONS}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{VALUE}}</option>{{/ACTION_OPTIONS}}</select></div>
<div class="field"><label for="f-type">对象类型</label><input id="f-type" name="object_type" type="text" value="{{OBJECT_TYPE}}"></div>
<div class="field"><label for="f-from">起始日期</label><input id="f-from" name="from" type="date" value="{{FROM}}"></div>
<div class="field"><label for="f-to">截止日期</label><input id="f-to" name="to" type="date" value="{{TO}}"></div>
<button type="submit" class="btn btn-secondary">筛选</button>
</form>
{{#NO_ENTRIES}}<p class="empty-state">没有符合条件的记录。</p>{{/NO_ENTRIES}}
<div class="table-wrap" tabindex="0" role="region" aria-label="审计日志">
<table class="table">
<thead><tr><th scope="col">时间</th><th scope="col">操作人</th><th scope="col">地址</th><th scope="col">操作</th><th scope="col">对象</th><th scope="col">摘要</th></tr></thead>
<tbody>{{#ENTRIES}}
<tr><td>{{AT}}</td><td>{{ACTOR}}</td><td class="code">{{IP}}</td><td class="code">{{ACTION}}</td><td>{{OBJECT}}</td>
<td>{{SUMMARY}}{{#CHANGE}}<details><summary>变更内容</summary><p class="muted">变更前</p><pre class="code">{{BEFORE}}</pre><p class="muted">变更后</p><pre class="code">{{AFTER}}</pre></details>{{/CHANGE}}</td></tr>{{/ENTRIES}}
</tbody>
</table>
</div>
{{#PAGINATION}}<nav class="pagination" aria-label="分页"><p>共 {{TOTAL}} 条，第 {{PAGE}} / {{PAGES}} 页</p><ul>{{#PREV}}<li><a href="{{URL}}" rel="prev">上一页</a></li>{{/PREV}}{{#NEXT}}<li><a href="{{URL}}" rel="next">下一页</a></li>{{/NEXT}}</ul></nav>{{/PAGINATION}}
