{{%AUTOESCAPE context="HTML"}}
{{! The results table of 监督抽查 pages (included as RESULTS): HAS_ROWS (ROWS (FillResultRow; PRODUCER_LINK ENTITY_LINK (URL))), NO_ROWS, WITH_BATCH (the notice column),
    SORT_PRODUCT SORT_PRODUCER SORT_SAMPLED_ENTITY SORT_SAMPLED_ON SORT_RESULT SORT_CATEGORY (URL ARIA ARROW), MATCHES, PAGINATION. }}
{{#NO_ROWS}}<div class="card empty-state"><p>没有符合条件的抽查结果。</p></div>{{/NO_ROWS}}
{{#HAS_ROWS}}<p class="muted">共 {{MATCHES}} 条结果。点击列标题可排序；不合格的产品整行以红色标出。</p>
<div class="table-wrap" tabindex="0" role="region" aria-label="抽查结果">
<table class="table sampling-table">
<thead><tr><th scope="col">序号</th>
{{#SORT_PRODUCT}}<th scope="col" aria-sort="{{ARIA}}"><a href="{{URL}}">产品名称<span aria-hidden="true">{{ARROW}}</span></a></th>{{/SORT_PRODUCT}}
{{#SORT_PRODUCER}}<th scope="col" aria-sort="{{ARIA}}"><a href="{{URL}}">标称生产企业<span aria-hidden="true">{{ARROW}}</span></a></th>{{/SORT_PRODUCER}}
{{#SORT_SAMPLED_ENTITY}}<th scope="col" aria-sort="{{ARIA}}"><a href="{{URL}}">被抽样单位<span aria-hidden="true">{{ARROW}}</span></a></th>{{/SORT_SAMPLED_ENTITY}}
<th scope="col">生产日期/批号</th>
{{#SORT_SAMPLED_ON}}<th scope="col" aria-sort="{{ARIA}}"><a href="{{URL}}">抽样日期<span aria-hidden="true">{{ARROW}}</span></a></th>{{/SORT_SAMPLED_ON}}
{{#SORT_CATEGORY}}<th scope="col" aria-sort="{{ARIA}}"><a href="{{URL}}">分类<span aria-hidden="true">{{ARROW}}</span></a></th>{{/SORT_CATEGORY}}
{{#SORT_RESULT}}<th scope="col" aria-sort="{{ARIA}}"><a href="{{URL}}">检验结果<span aria-hidden="true">{{ARROW}}</span></a></th>{{/SORT_RESULT}}
<th scope="col">检验机构</th>{{#WITH_BATCH}}<th scope="col">所属通告</th>{{/WITH_BATCH}}</tr></thead>
<tbody>{{#ROWS}}
<tr{{#FAIL}} class="row-fail"{{/FAIL}}><td class="num">{{SEQ}}</td>
<td><strong>{{PRODUCT}}</strong><br><span class="muted">{{BRAND}} {{SPEC}}</span></td>
<td>{{#PRODUCER_LINK}}<a href="{{URL}}">{{PRODUCER}}</a><br>{{/PRODUCER_LINK}}<span class="muted">{{PRODUCER_ADDRESS}}</span></td>
<td>{{#ENTITY_LINK}}<a href="{{URL}}">{{ENTITY}}</a><br>{{/ENTITY_LINK}}<span class="muted">{{PROVINCE}}</span></td>
<td>{{BATCH_NO}}</td><td>{{SAMPLED_ON}}</td><td>{{CATEGORY}}</td>
<td>{{#FAIL}}<span class="badge badge-error">不合格</span><ul class="failed-items">{{#FAILED_ITEMS}}<li><strong>{{ITEM}}</strong><br><span class="muted">检验结果 {{RESULT}}<br>标准值 {{STANDARD}}</span></li>{{/FAILED_ITEMS}}</ul>{{/FAIL}}{{#PASS}}<span class="badge badge-ok">合格</span>{{/PASS}}</td>
<td>{{LAB}}{{#HAS_REMARK}}<br><span class="muted">备注：{{REMARK}}</span>{{/HAS_REMARK}}</td>{{#WITH_BATCH}}<td><a href="/sampling/{{BATCH_ID}}">{{BATCH_TITLE}}</a></td>{{/WITH_BATCH}}</tr>{{/ROWS}}
</tbody>
</table>
</div>{{/HAS_ROWS}}
{{#PAGINATION}}<nav class="pagination" aria-label="分页"><p>共 {{TOTAL}} 条，第 {{PAGE}} / {{PAGES}} 页</p><ul>{{#PREV}}<li><a href="{{URL}}" rel="prev">上一页</a></li>{{/PREV}}{{#NEXT}}<li><a href="{{URL}}" rel="next">下一页</a></li>{{/NEXT}}</ul></nav>{{/PAGINATION}}
